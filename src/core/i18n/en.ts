// English renderings of rule messages, keyed `ruleId/messageId`. zh-CN (in each rule's meta) is the default.
export const EN_MESSAGES: Readonly<Record<string, string>> = {};
