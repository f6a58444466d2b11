import { fileURLToPath } from 'node:url';

export const PROFILE_PATH = fileURLToPath(new URL('../../resources/groningen-noord.profile.json', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
