// The frame around every screen: skip link, header with navigation, the main landmark and the notices.
import { lazy, Suspense, useRef, type MouseEvent } from 'react';
import { NoticeRegions, NoticesProvider } from './notices';
import { parseHash, paths, useRouteHash, type Route } from './router';
import { Loading } from './components/LoadState';
import { MeetingsScreen } from './screens/MeetingsScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';

// The first screen is in the main bundle; the others load when first visited.
const MeetingScreen = lazy(() => import('./screens/MeetingScreen'));
const MeetingModeScreen = lazy(() => import('./screens/MeetingModeScreen'));
const CoalitionScreen = lazy(() => import('./screens/CoalitionScreen'));

function screenFor(route: Route) {
  switch (route.name) {
    case 'meetings':
      return <MeetingsScreen />;
    case 'meeting':
      return <MeetingScreen id={route.id} />;
    case 'meetingMode':
      return <MeetingModeScreen id={route.id} />;
    case 'coalition':
      return <CoalitionScreen />;
    case 'notFound':
      return <NotFoundScreen />;
  }
}

function NavLink({ href, current, children }: { href: string; current: 'page' | 'true' | null; children: string }) {
  return (
    <a href={href} aria-current={current ?? undefined} className={current ? 'active' : undefined}>
      {children}
    </a>
  );
}

export function App() {
  const hash = useRouteHash();
  const route = parseHash(hash);
  const mainRef = useRef<HTMLElement>(null);

  // The skip link must not change the hash: that would be read as a route.
  const skipToContent = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  const inMeetings = route.name === 'meetings' || route.name === 'meeting' || route.name === 'meetingMode';

  return (
    <NoticesProvider resetKey={hash}>
      <a className="skip-link" href="#inhoud" onClick={skipToContent}>
        Naar de inhoud
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="app-name">
            <a href={paths.meetings()}>Coalitietafel</a>
            <span className="app-subtitle">NPLV Groningen-Noord</span>
          </p>
          <nav aria-label="Hoofdnavigatie">
            <ul>
              <li>
                <NavLink href={paths.meetings()} current={route.name === 'meetings' ? 'page' : inMeetings ? 'true' : null}>
                  Vergaderingen
                </NavLink>
              </li>
              <li>
                <NavLink href={paths.coalition()} current={route.name === 'coalition' ? 'page' : null}>
                  Coalitie
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className={route.name === 'meetingMode' ? 'meeting-mode' : undefined}>
        <Suspense fallback={<Loading />}>
          {/* Keyed by the hash: a new screen starts with fresh state and takes focus on its h1. */}
          <div key={hash} className="screen">
            {screenFor(route)}
          </div>
        </Suspense>
        <NoticeRegions />
      </main>
    </NoticesProvider>
  );
}
