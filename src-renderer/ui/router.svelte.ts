/** Hash routes keep the web build working from any static path. */
export type Route =
  | { name: 'decks' }
  | { name: 'study'; deck: string }
  | { name: 'options'; deck: string }
  | { name: 'settings' }
  | { name: 'calculator' }
  | { name: 'browse' }
  | { name: 'stats' }
  | { name: 'import'; deck?: string }
  | { name: 'exam'; deck?: string };

export function parseRoute(hash: string): Route {
  const [name = '', arg] = hash.replace(/^#\/?/, '').split('/');
  switch (name) {
    case 'study':
    case 'options':
      return arg ? { name, deck: decodeURIComponent(arg) } : { name: 'decks' };
    case 'import':
      return arg ? { name: 'import', deck: decodeURIComponent(arg) } : { name: 'import' };
    case 'exam':
      return arg ? { name: 'exam', deck: decodeURIComponent(arg) } : { name: 'exam' };
    case 'settings':
    case 'calculator':
    case 'browse':
    case 'stats':
      return { name };
    default:
      return { name: 'decks' };
  }
}

export function hrefOf(route: Route): string {
  const deck = 'deck' in route ? route.deck : undefined;
  return deck === undefined ? `#/${route.name}` : `#/${route.name}/${encodeURIComponent(deck)}`;
}

/** Asked before the page changes; false stays (a form with changes not saved yet). */
type LeaveGuard = () => boolean;
let leaveGuard: LeaveGuard | undefined;

/** Lets the current page keep the user on it while `guard` says so; returns the release. */
export function guardLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) {
      leaveGuard = undefined;
    }
  };
}

export class Router {
  route = $state<Route>(parseRoute(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      if (leaveGuard && !leaveGuard()) {
        // Back to the page's own address without another hashchange.
        history.replaceState(history.state, '', hrefOf(this.route));
        return;
      }
      this.route = parseRoute(location.hash);
    });
  }

  go(route: Route): void {
    location.hash = hrefOf(route);
  }
}
