/**
 * The parts of the staff app a person may use (menus, pages, create buttons). The server derives them from
 * the person's roles and sends them with the session; the web only reads them, so it holds no access rules.
 *
 * Each module names its own in its `<name>.capabilities.ts` (the roles that open each one) and adds the
 * names here by declaration merging, so that the web can only ask for a capability some module declares.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declarations
export interface CapabilityRegistry {}

export type Capability = keyof CapabilityRegistry & string;
