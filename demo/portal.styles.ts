import { css } from 'lit';

/** The vendor page around the elements: a brand bar, a side menu, a content card. */
export const portalStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: #f4f6f9;
    --demo-brand: #0a2540;
    --demo-brand-2: #123a63;
    --demo-accent: #0b5cab;
  }

  .skip {
    position: absolute;
    border: 1px solid var(--demo-accent);
    font: inherit;
    cursor: pointer;
    inset-inline-start: 12px;
    top: -48px;
    z-index: 10;
    padding: 8px 14px;
    border-radius: 6px;
    background: #ffffff;
    color: var(--demo-accent);
    font-weight: 600;
  }
  .skip:focus {
    top: 8px;
  }

  /* ── demo strip: controls that exist only because this is a demo ───────────────────────── */
  .demo-strip {
    display: flex;
    align-items: center;
    gap: 16px;
    padding: 6px 24px;
    background: #fff8e6;
    border-bottom: 1px solid #f1d9a6;
    color: #5c3b00;
    font-size: 0.93em;
  }
  .demo-strip .tag {
    padding: 1px 8px;
    border-radius: 999px;
    background: #5c3b00;
    color: #ffffff;
    font-weight: 700;
    font-size: 0.82em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .demo-strip .note {
    flex: 1 1 auto;
    min-width: 0;
  }
  .demo-strip .header-field {
    color: #5c3b00;
    font-weight: 600;
    white-space: nowrap;
  }
  .demo-strip .header-field select {
    max-width: 400px;
    border-color: #e2c48a;
    background: #ffffff;
    color: #1d2939;
  }
  .demo-strip .header-field select:focus-visible {
    outline: 2px solid #5c3b00;
  }
  .demo-strip .btn {
    min-height: 30px;
    border-color: #e2c48a;
    background: #ffffff;
    color: #5c3b00;
  }
  .demo-strip .btn:hover {
    background: #fff1cc;
  }

  /* ── brand bar ─────────────────────────────────────────────────────────────────────────── */
  header.brandbar {
    display: flex;
    align-items: center;
    gap: 20px;
    height: 64px;
    padding: 0 24px;
    background: linear-gradient(90deg, var(--demo-brand), var(--demo-brand-2));
    color: #ffffff;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 12px;
    color: inherit;
    text-decoration: none;
    white-space: nowrap;
  }
  .brand-text {
    display: flex;
    flex-direction: column;
    line-height: 1.15;
  }
  .brand-product {
    font-size: 1.14em;
    font-weight: 700;
    letter-spacing: 0.01em;
  }
  .brand-vendor {
    font-size: 0.86em;
    color: #c9d6e6;
  }
  .divider {
    width: 1px;
    align-self: stretch;
    margin: 16px 0;
    background: rgb(255 255 255 / 0.22);
  }
  .company {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    color: #ffffff;
  }
  .company svg {
    flex: none;
    color: #c9d6e6;
  }
  .company-text {
    display: flex;
    flex-direction: column;
    line-height: 1.2;
    min-width: 0;
  }
  .company-label {
    font-size: 0.78em;
    color: #c9d6e6;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .company-name {
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .spacer {
    flex: 1 1 auto;
  }
  .header-field {
    display: flex;
    align-items: center;
    gap: 8px;
    color: #c9d6e6;
    font-size: 0.9em;
  }
  .header-field select {
    width: auto;
    min-height: 32px;
    padding: 4px 8px;
    border-color: rgb(255 255 255 / 0.35);
    background: rgb(255 255 255 / 0.1);
    color: #ffffff;
  }
  .header-field select option {
    color: #1d2939;
    background: #ffffff;
  }
  .header-field select:focus-visible {
    outline: 2px solid #ffffff;
    outline-offset: 1px;
  }
  .user {
    display: flex;
    align-items: center;
    gap: 10px;
    white-space: nowrap;
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    border-radius: 50%;
    background: #2563eb;
    color: #ffffff;
    font-weight: 700;
    font-size: 0.9em;
  }
  .user-text {
    display: flex;
    flex-direction: column;
    line-height: 1.2;
  }
  .user-name {
    font-weight: 600;
  }
  .user-role {
    font-size: 0.84em;
    color: #c9d6e6;
  }

  /* ── layout ────────────────────────────────────────────────────────────────────────────── */
  .layout {
    display: grid;
    grid-template-columns: 256px minmax(0, 1fr);
    min-height: calc(100vh - 64px - 38px);
  }
  nav.menu {
    padding: 20px 12px;
    background: #ffffff;
    border-inline-end: 1px solid #e4e7ec;
  }
  .menu-section {
    margin: 0 12px 8px;
    color: #475467;
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  nav.menu ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  nav.menu a {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 9px 12px;
    border-radius: 8px;
    color: #344054;
    font-weight: 500;
    text-decoration: none;
  }
  nav.menu a:hover {
    background: #f2f4f7;
    color: #101828;
  }
  nav.menu a[aria-current='page'] {
    background: #e8f0fa;
    color: var(--demo-accent);
    font-weight: 650;
    box-shadow: inset 3px 0 0 var(--demo-accent);
  }
  nav.menu a svg {
    flex: none;
  }
  nav.menu a span {
    white-space: nowrap;
  }
  nav.menu .soon {
    margin-inline-start: auto;
    padding: 0 8px;
    border-radius: 999px;
    background: #f2f4f7;
    color: #475467;
    font-size: 0.78em;
    font-weight: 600;
    line-height: 1.7;
  }

  main {
    padding: 24px 32px 40px;
    min-width: 0;
  }
  /* The words take the line; on a phone the button wraps under them instead of squeezing them. */
  .view-as-banner {
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: 20px;
  }
  .view-as-banner > span {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .view-as-banner svg {
    flex: none;
    color: var(--demo-accent);
  }
  .view-as-banner .btn {
    margin-inline-start: auto;
  }
  .page-head {
    margin-bottom: 20px;
  }
  .crumbs {
    margin: 0 0 4px;
    color: #475467;
    font-size: 0.9em;
  }
  h1 {
    margin: 0 0 6px;
    font-size: 1.6em;
    line-height: 1.2;
    font-weight: 700;
    color: #101828;
  }
  h1:focus {
    outline: none;
  }
  .lead {
    margin: 0;
    color: #475467;
    max-width: 72ch;
  }
  .card {
    background: #ffffff;
    border: 1px solid #e4e7ec;
    border-radius: 12px;
    box-shadow: 0 1px 2px rgb(16 24 40 / 0.06);
    padding: 20px;
  }
  .mails {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 16px;
  }
  .mail {
    display: grid;
    gap: 8px;
    justify-items: start;
    padding-block-end: 16px;
    border-block-end: 1px solid #e4e7ec;
  }
  .mail-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 10px;
  }
  .mail-head .badge {
    font-size: 0.85em;
    font-weight: 600;
    padding: 2px 8px;
    border-radius: 999px;
    background: #e8f0fa;
    color: #0b4a8c;
  }
  .mail-head h2 {
    margin: 0;
    font-size: 1.05em;
  }
  .mail-meta,
  .mail-empty {
    color: #475467;
  }
  .mail-body {
    margin: 0;
    max-width: 100%;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: inherit;
    color: #1d2939;
    background: #f5f7fa;
    border-radius: 8px;
    padding: 12px;
  }
  .setup-card {
    background: #f5f7fa;
  }
  .setup-back {
    margin: 12px 0 0;
  }
  .coming {
    display: flex;
    gap: 20px;
    align-items: flex-start;
    padding: 32px;
  }
  .coming-icon {
    display: grid;
    place-items: center;
    flex: none;
    width: 48px;
    height: 48px;
    border-radius: 12px;
    background: #e8f0fa;
    color: var(--demo-accent);
  }
  .coming h2 {
    margin: 0 0 6px;
    font-size: 1.15em;
    color: #101828;
  }
  .coming p {
    margin: 0;
    color: #475467;
    max-width: 60ch;
  }
  .center {
    display: grid;
    place-items: center;
    gap: 12px;
    min-height: 50vh;
    color: #475467;
  }
  footer {
    margin-top: 24px;
    color: #475467;
    font-size: 0.88em;
  }

  @media (max-width: 900px) {
    .demo-strip {
      flex-wrap: wrap;
      gap: 8px 12px;
      padding: 8px 16px;
    }
    .demo-strip .note {
      display: none;
    }
    .demo-strip .header-field,
    .demo-strip .header-field select {
      min-width: 0;
      max-width: 100%;
    }
    .demo-strip .header-field {
      flex: 1 1 240px;
    }
    .demo-strip .header-field select {
      flex: 1 1 auto;
    }
    header.brandbar {
      flex-wrap: wrap;
      height: auto;
      gap: 8px 16px;
      padding: 10px 16px;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto 1fr;
    }
    nav.menu {
      border-inline-end: 0;
      border-bottom: 1px solid #e4e7ec;
      padding: 8px;
    }
    nav.menu ul {
      flex-direction: row;
      overflow-x: auto;
    }
    nav.menu .soon {
      display: none;
    }
    .menu-section,
    .company,
    .divider,
    .user-text,
    .spacer {
      display: none;
    }
    main {
      padding: 16px;
    }
    .coming {
      flex-direction: column;
      padding: 20px;
    }
  }
`;
