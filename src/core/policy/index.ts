// Policies by id, resolved along their `extends` chain into one set of settings.
import { PolicyFileSchema, PolicySchema, type Policy, type PolicyFile, type PolicySettings } from "./schema";
import { PRESETS } from "./presets";

export * from "./schema";
export { PRESETS, NATIONAL } from "./presets";

export const DEFAULT_POLICY = "national";

export function findPolicy(id: string, extra: ReadonlyArray<Policy> = []): Policy | undefined {
  return extra.find((p) => p.id === id) ?? PRESETS.find((p) => p.id === id);
}

/** Later settings win; rules and options merge key by key, N/A words add up. */
export function mergeSettings(base: PolicySettings, over: PolicySettings): PolicySettings {
  const options: Record<string, Record<string, unknown>> = { ...(base.options ?? {}) };
  for (const [id, o] of Object.entries(over.options ?? {})) options[id] = { ...(options[id] ?? {}), ...o };
  return {
    requiredHeaderFields: over.requiredHeaderFields ?? base.requiredHeaderFields,
    requiredColumns: over.requiredColumns ?? base.requiredColumns,
    defaultRequired: over.defaultRequired ?? base.defaultRequired,
    naMarkers: addWords(base.naMarkers, over.naMarkers),
    rules: { ...(base.rules ?? {}), ...(over.rules ?? {}) },
    options,
  };
}

/** The settings a policy (or a unit's file extending one) stands for, its whole `extends` chain applied. */
export function policySettings(policy: Policy | PolicyFile, extra: ReadonlyArray<Policy> = []): PolicySettings {
  const chain: Array<Policy | PolicyFile> = [policy];
  const seen = new Set<string>();
  let next = policy.extends;
  while (next !== undefined) {
    if (seen.has(next)) throw new Error(`策略“${next}”的 extends 形成循环。`);
    seen.add(next);
    const p = findPolicy(next, extra);
    if (!p) throw new Error(`找不到策略“${next}”。可用的策略：${PRESETS.map((x) => x.id).join("、")}。`);
    chain.unshift(p);
    next = p.extends;
  }
  return chain.reduce<PolicySettings>((acc, p) => mergeSettings(acc, pick(p)), {});
}

/** Both lists, each word once, in order of appearance; undefined when neither has any. */
export function addWords(
  a: ReadonlyArray<string> | undefined,
  b: ReadonlyArray<string> | undefined,
): string[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

function pick(p: PolicySettings): PolicySettings {
  return {
    requiredHeaderFields: p.requiredHeaderFields,
    requiredColumns: p.requiredColumns,
    defaultRequired: p.defaultRequired,
    naMarkers: p.naMarkers,
    rules: p.rules,
    options: p.options,
  };
}

/** A policy given by id or as a unit's own file (JSON text already parsed): validated, with a Chinese message. */
export function parsePolicyFile(data: unknown): PolicyFile {
  const r = PolicyFileSchema.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new Error(
      `策略文件格式不正确：${first ? `${first.path.join(".") || "(根)"} ${first.message}` : "无法解析"}。`,
    );
  }
  return r.data;
}

export function validatePolicy(data: unknown): Policy {
  return PolicySchema.parse(data);
}
