// One place for "now", so services stamp rows consistently.
export const nowIso = (): string => new Date().toISOString();
