export function withNodeBuildKept<T>(binding: string, saved: string, run: () => T | Promise<T>): Promise<T>;
