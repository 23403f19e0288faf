/**
 * The links the invitation e-mails carry: the setup page (`<invite-accept>`, with the link's token),
 * the activation page, and the portal's sign-in page. A vendor sets them (`PORTICO_SETUP_URL`,
 * `PORTICO_ACTIVATION_URL`, `PORTICO_PORTAL_URL`); the defaults are the memory backend's.
 */
export interface LinkBases {
  /** Prefix of a setup URL: the token is appended (URL-encoded). */
  setup: string;
  /** Prefix of an activation URL: the token is appended (URL-encoded). */
  activation: string;
  /** The portal's sign-in page. */
  portal: string;
}

export const defaultLinkBases: LinkBases = {
  setup: 'https://portal.example.com/primeiro-acesso/',
  activation: 'https://portal.example.com/ativar-conta/',
  portal: 'https://portal.example.com/',
};

/** The link makers of a server's config (what the invitation rules' facts take). */
export function links(config: { links?: LinkBases | undefined }): {
  setup: (token: string) => string;
  activation: (token: string) => string;
  portal: string;
} {
  const bases = config.links ?? defaultLinkBases;
  return {
    setup: (token) => bases.setup + encodeURIComponent(token),
    activation: (token) => bases.activation + encodeURIComponent(token),
    portal: bases.portal,
  };
}
