// The family app imports its strings as `…/locales/<lang>.json?family`: to the bundler a module of its own,
// so that only the "family" part of the message files reaches the phone (a plain import would share, and
// ship, the staff app's whole files). To TypeScript it is the same JSON.
declare module '*.json?family' {
  export const family: (typeof import('../locales/zh-CN.json'))['family'];
}
