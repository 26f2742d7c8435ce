// Shared zh-CN strings outside rule messages (summaries, grades).
export const ZH_UI = {
  grade: { 优: "优", 良: "良", 中: "中", 差: "差" },
  unnamedProject: "未命名项目",
} as const;
