// The add-in's version, shown in the settings panel so a clerk can tell which release a workstation runs.
// webpack.config.js stamps it from package.json with DefinePlugin, which replaces the identifier itself; where no
// bundler defines it (jest, tsc) reading it throws and the pane says 开发版 (development build). A `typeof` test is
// not used: the ES5 build's babel rewrites `typeof` into a helper call that DefinePlugin no longer recognises.
declare const __PTC_VERSION__: string;

function stamped(): string {
  try {
    return __PTC_VERSION__;
  } catch {
    return "开发版";
  }
}

export const APP_VERSION: string = stamped();
