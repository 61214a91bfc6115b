// The one part of jsdom's API the HTML sanitiser uses; the package ships no types of its own.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: unknown;
  }
}
