/**
 * The public elements as `custom-elements.json` describes them: one {@link ElementDoc} per registered
 * tag, with the package entry that registers it (`src/define/<entry>.ts`). Everything the kit
 * generates — React wrappers, the types for other hosts, editor data, the self-contained files,
 * the reference pages of Storybook, the accessibility statement's rows — starts from this list, so a
 * tag that lands in the manifest is covered without a line written for it.
 *
 * Pure (no file system, no DOM): Node scripts read the manifest with `./manifest.ts`; stories import
 * the manifest as JSON and call {@link elementsOf} in the browser.
 *
 * @module
 */

/** An attribute a host sets in markup. */
export interface AttributeDoc {
  name: string;
  /** The property it sets, when there is one. */
  field?: string;
  type?: string;
  description?: string;
  default?: string;
}

/** A public property (or a read-only one) of the element's class. */
export interface PropertyDoc {
  name: string;
  type?: string;
  description?: string;
  default?: string;
  readonly: boolean;
  /** The attribute that sets it, if any. */
  attribute?: string;
}

/** A public method. */
export interface MethodDoc {
  name: string;
  description?: string;
  signature: string;
}

/** A domain event the element fires (`@fires`). */
export interface EventDoc {
  name: string;
  description?: string;
  /** The React prop that listens to it: `portico-contact-saved` → `onPorticoContactSaved`. */
  reactProp: string;
}

/** A slot, a `::part` or a `--portico-*` token. */
export interface NamedDoc {
  name: string;
  description?: string;
  default?: string;
}

/** One public element. */
export interface ElementDoc {
  tag: string;
  /** The class name (`ContactList`), exported from the package root. */
  className: string;
  /** Where the class is declared (`src/elements/contact-list/contact-list.ts`). */
  module: string;
  /** The entry that registers it: `src/define/<entry>.ts`, `@portico/elements/<entry>`. */
  entry: string;
  summary: string;
  description: string;
  attributes: AttributeDoc[];
  properties: PropertyDoc[];
  methods: MethodDoc[];
  events: EventDoc[];
  slots: NamedDoc[];
  parts: NamedDoc[];
  tokens: NamedDoc[];
}

interface RawType {
  text?: string;
}
interface RawMember {
  kind: 'field' | 'method';
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: RawType;
  description?: string;
  default?: string;
  attribute?: string;
  parameters?: { name: string; type?: RawType; optional?: boolean }[];
  return?: { type?: RawType };
}
interface RawDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: {
    name: string;
    fieldName?: string;
    type?: RawType;
    description?: string;
    default?: string;
  }[];
  members?: RawMember[];
  events?: { name: string; description?: string }[];
  slots?: NamedDoc[];
  cssParts?: NamedDoc[];
  cssProperties?: NamedDoc[];
}
interface RawModule {
  path: string;
  declarations?: RawDeclaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}
/** The part of the Custom Elements Manifest schema the kit reads. */
export interface RawManifest {
  schemaVersion: string;
  modules: RawModule[];
}

/** `portico-contact-saved` → `PorticoContactSaved`. */
export function pascal(kebab: string): string {
  return kebab
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** The React prop of an event: `portico-contact-saved` → `onPorticoContactSaved`. */
export function reactProp(event: string): string {
  return `on${pascal(event)}`;
}

/**
 * The public elements of `manifest`, in the order of their entries' file names. A tag is public when
 * a module of `src/define/` registers it (`customElements.define`); its class must be declared in
 * the manifest, or this throws (the kit would otherwise generate for a class it cannot describe).
 */
export function elementsOf(manifest: RawManifest): ElementDoc[] {
  const declarations = new Map<string, { declaration: RawDeclaration; module: string }>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement) {
        declarations.set(declaration.name, { declaration, module: module.path });
      }
    }
  }
  const elements: ElementDoc[] = [];
  for (const module of manifest.modules) {
    const entry = /^src\/define\/([\w-]+)\.ts$/.exec(module.path)?.[1];
    if (!entry) continue;
    for (const exported of module.exports ?? []) {
      if (exported.kind !== 'custom-element-definition') continue;
      const found = declarations.get(exported.declaration.name);
      if (!found) {
        throw new Error(
          `${module.path} registers <${exported.name}> as ${exported.declaration.name}, which the manifest does not declare`,
        );
      }
      elements.push(describe(exported.name, entry, found.declaration, found.module));
    }
  }
  return elements.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
}

const clean = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;

function describe(
  tag: string,
  entry: string,
  declaration: RawDeclaration,
  module: string,
): ElementDoc {
  const members = (declaration.members ?? []).filter(
    (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
  );
  const attributes = (declaration.attributes ?? []).map((attribute): AttributeDoc => {
    // An attribute the analyzer could not tie to a field (an alias read in attributeChangedCallback)
    // sets the field of the same name, when there is one.
    const field =
      attribute.fieldName ??
      members.find((member) => member.kind === 'field' && member.name === attribute.name)?.name;
    const member = members.find((candidate) => candidate.name === field);
    return {
      name: attribute.name,
      ...(field ? { field } : {}),
      ...optional('type', attribute.type?.text ?? member?.type?.text),
      ...optional('description', clean(attribute.description ?? member?.description)),
      ...optional('default', attribute.default ?? member?.default),
    };
  });
  return {
    tag,
    className: declaration.name,
    module,
    entry,
    summary: clean(declaration.summary) ?? '',
    description: declaration.description?.trim() ?? '',
    attributes,
    properties: members
      .filter((member) => member.kind === 'field')
      .map((member) => ({
        name: member.name,
        readonly: member.readonly === true,
        ...optional('type', member.type?.text),
        ...optional('description', clean(member.description)),
        ...optional('default', member.default),
        ...optional(
          'attribute',
          attributes.find((attribute) => attribute.field === member.name)?.name,
        ),
      })),
    methods: members
      .filter((member) => member.kind === 'method')
      .map((member) => ({
        name: member.name,
        ...optional('description', clean(member.description)),
        signature: `${member.name}(${(member.parameters ?? [])
          .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
          .join(', ')}): ${member.return?.type?.text ?? 'void'}`,
      })),
    events: (declaration.events ?? []).map((event) => ({
      name: event.name,
      reactProp: reactProp(event.name),
      ...optional('description', clean(event.description)),
    })),
    slots: (declaration.slots ?? []).map(named),
    parts: (declaration.cssParts ?? []).map(named),
    tokens: (declaration.cssProperties ?? []).map(named),
  };
}

function named(doc: NamedDoc): NamedDoc {
  return {
    name: doc.name,
    ...optional('description', clean(doc.description)),
    ...optional('default', doc.default),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
