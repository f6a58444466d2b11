// The frame around every screen: skip link, header with navigation, the main landmark and the notices.
import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { NoticeRegions, NoticesProvider } from './notices';
import { LeaveDialog } from './leaveGuard';
import { parseHash, paths, ScreenHashContext, useRouteHash, type Route } from './router';
import { Loading } from './components/LoadState';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { SearchForm } from './components/SearchForm';
import { MeetingsScreen } from './screens/MeetingsScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { isMonitoringRoute } from './monitoring/routes';
import { areaOf, NAV_AREAS } from './navigation';
import { monitoringScreenFor } from './monitoring/screens';
import { RescueBanner } from './rescue/RescueBanner';
import { IntegrityBanner } from './integrity/IntegrityBanner';
import { useCall } from './api';
import { preloadOnLinkIntent, preloadRoute } from './routePreload';
import { screens } from './screens/lazyScreens';

// The first screen is in the main bundle; the others load when first visited.
const { Component: MeetingScreen } = screens.meeting;
const { Component: MeetingModeScreen } = screens.meetingMode;
const { Component: CoalitionScreen } = screens.coalition;
const { Component: YearScreen } = screens.year;
const { Component: TemplateScreen } = screens.templates;
const { Component: ActionsScreen } = screens.actions;
const { Component: DecisionsScreen } = screens.decisions;
const { Component: SearchScreen } = screens.search;
const { Component: ProjectorScreen } = screens.projector;
const { Component: BeheerScreen } = screens.beheer;
const { Component: AvgScreen } = screens.avg;
const { Component: BodyScreen } = screens.body;
const { Component: SteeringScreen } = screens.steering;

function screenFor(route: Route) {
  if (isMonitoringRoute(route)) return monitoringScreenFor(route);
  switch (route.name) {
    case 'meetings':
      return <MeetingsScreen />;
    case 'meeting':
      return <MeetingScreen id={route.id} itemId={route.itemId} />;
    case 'meetingMode':
      return <MeetingModeScreen id={route.id} />;
    case 'projector':
      return <ProjectorScreen id={route.id} />;
    case 'coalition':
      return <CoalitionScreen />;
    case 'body':
      return <BodyScreen id={route.id} />;
    case 'year':
      return <YearScreen year={route.year} />;
    case 'templates':
      return <TemplateScreen />;
    case 'steering':
      return <SteeringScreen />;
    case 'actions':
      return <ActionsScreen />;
    case 'decisions':
      return <DecisionsScreen />;
    case 'search':
      return <SearchScreen q={route.q} />;
    case 'beheer':
      return <BeheerScreen />;
    case 'avg':
      return <AvgScreen />;
    case 'notFound':
      return <NotFoundScreen />;
  }
}

/**
 * The route's screen, keyed by its hash: a new screen starts with fresh state, takes focus on its h1 and, should its
 * code fail to load, says so on its own.
 */
function RouteScreen({ hash, route, className }: { hash: string; route: Route; className?: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <ScreenErrorBoundary key={hash}>
        <ScreenHashContext.Provider value={hash}>
          <div className={className}>{screenFor(route)}</div>
        </ScreenHashContext.Provider>
      </ScreenErrorBoundary>
    </Suspense>
  );
}

export function App() {
  const call = useCall();
  // Start-up has asked for the first route's code and data; each later route's are asked for as the address changes.
  const { hash, changedAt, pending } = useRouteHash((next) => void preloadRoute(next, call));
  const route = parseHash(hash);
  useEffect(() => preloadOnLinkIntent(), []);
  const mainRef = useRef<HTMLElement>(null);

  // The skip link must not change the hash: that would be read as a route.
  const skipToContent = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  const area = areaOf(route);

  // The projector view is for the wall of the meeting room: no header, only the view and a way back.
  if (route.name === 'projector') {
    return (
      <NoticesProvider resetKey={hash} resetAt={changedAt}>
        <RescueBanner compact />
        <IntegrityBanner compact />
        <main id="inhoud" ref={mainRef} tabIndex={-1} className="projector">
          <RouteScreen hash={hash} route={route} />
        </main>
      </NoticesProvider>
    );
  }

  return (
    <NoticesProvider resetKey={hash} resetAt={changedAt}>
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
              {NAV_AREAS.map((a) => (
                <li key={a.name}>
                  <a href={a.href} aria-current={a.name === area ? 'page' : undefined} className={a.name === area ? 'active' : undefined}>
                    {a.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <SearchForm current={route.name === 'search' ? route.q : ''} />
        </div>
      </header>
      <RescueBanner />
      <IntegrityBanner />
      <main
        id="inhoud"
        ref={mainRef}
        tabIndex={-1}
        className={route.name === 'meetingMode' ? 'meeting-mode' : undefined}
        data-pending={pending || undefined}
      >
        {/* The next screen's code is slow to come: say so after a moment (the screen on view stays meanwhile). */}
        {pending && (
          <div className="route-pending">
            <Loading />
          </div>
        )}
        <RouteScreen hash={hash} route={route} className="screen" />
        <NoticeRegions />
      </main>
      <LeaveDialog />
    </NoticesProvider>
  );
}
