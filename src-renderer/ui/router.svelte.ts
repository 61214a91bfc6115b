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

export class Router {
  route = $state<Route>(parseRoute(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(location.hash);
    });
  }

  go(route: Route): void {
    location.hash = hrefOf(route);
  }
}
