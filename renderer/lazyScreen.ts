// A screen that loads when first needed (React.lazy), whose loading can also be started ahead of its first render:
// at start-up for the screen in the address, or on a route change, alongside the screen's data.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyScreen<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the screen's code (once); resolves when it is there. */
  preload(): Promise<void>;
}

export function lazyScreen<P>(load: () => Promise<{ default: ComponentType<P> }>): LazyScreen<P> {
  let loaded: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => {
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed preload that React.lazy has not taken yet may be tried again; one it has taken stays failed until
        // the page is reloaded (React.lazy keeps its result), which ScreenErrorBoundary offers.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // React.lazy takes a module from a thenable that calls back at once: code loaded ahead is drawn in the first
  // render, without a Suspense fallback committed (and painted) in between.
  const Component = lazy<ComponentType<P>>(() => (loaded ? resolvedThenable(loaded) : start()));
  return {
    Component,
    preload: () => start().then(() => undefined),
  };
}

/** A thenable that hands over its value during then(); React.lazy reads only then(). */
function resolvedThenable<T>(value: T): Promise<T> {
  const thenable = {
    then(onFulfilled: (v: T) => unknown) {
      onFulfilled(value);
      return thenable;
    },
  };
  return thenable as unknown as Promise<T>;
}
