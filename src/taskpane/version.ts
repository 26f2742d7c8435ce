// The add-in's version, shown in the settings panel so a clerk can tell which release a workstation runs.
// webpack.config.js stamps it from package.json with DefinePlugin; where no bundler defines it (jest, tsc) the
// pane says 开发版 (development build).
declare const __PTC_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __PTC_VERSION__ === "string" ? __PTC_VERSION__ : "开发版";
