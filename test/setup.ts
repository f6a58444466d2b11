// Component tests wait for the real core; on a loaded 2-core CI machine one second is not always
// enough for a findBy*/waitFor, so they get five. Unit tests (no DOM) skip this.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}

export {};
