// The result of checking an archive package the archivist holds against this installation: plain data, one
// field per check, so the renderer can word it in Dutch and the tests can read it without parsing text.

/** One file the package holds or its seal lists. */
export interface ArchiveFileCheck {
  path: string;
  /** changed: its sha256 no longer matches the seal; extra: in the ZIP but not in the seal. */
  status: 'ok' | 'changed' | 'missing' | 'extra';
  /** The sha256 of the bytes in the package (null when the file is missing). */
  sha256: string | null;
}

/**
 * The package's seal against this store's hash chain. match: the store seals the same meeting with the same chain
 * hash; differs: the store seals that meeting, but with another hash; absent: the store has no seal for it.
 */
export type LiveChainStatus = 'match' | 'differs' | 'absent';

export interface ArchivePackageCheck {
  ok: boolean;
  /** The meeting as the package's seal names it. */
  meeting: { id: number; title: string; date: string; adoptedAt: string };
  /** The meeting with that number in this store, if there is one. */
  meetingHere: { id: number; title: string; startsAt: string } | null;
  files: ArchiveFileCheck[];
  manifestOk: boolean;
  /** The package seal still covers the files and the chain hash. */
  packageSealOk: boolean;
  /** The chain seal in the package still matches its own fields. */
  chainSealOk: boolean;
  liveChain: LiveChainStatus;
  /** When the store sealed the meeting (its live seal). */
  sealedAt: string | null;
}

/** A package is two PDFs and a little XML; 25 MB leaves room for long minutes and is checked before upload. */
export const ARCHIVE_PACKAGE_MAX_BYTES = 25 * 1024 * 1024;
/** The same cap as base64 text, the way the package crosses the contract. */
export const ARCHIVE_PACKAGE_MAX_BASE64 = Math.ceil(ARCHIVE_PACKAGE_MAX_BYTES / 3) * 4;
export const ARCHIVE_PACKAGE_TOO_LARGE = 'Het bestand is groter dan 25 MB; dat is geen archiefpakket van Coalitietafel. Er is niets gecontroleerd.';
