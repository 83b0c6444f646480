import { appSchema, notExtensionMember } from '../src/catalog/schemas.ts';
import { qualifiedIdent } from '../src/fix/index-names.ts';
import { locationIn } from '../src/location.ts';
import { qualify, statementOf } from '../src/parse/ast.ts';
import { nameSpan } from '../src/shadow/clause-spans.ts';
import type { Location, MigrationFile, Rule, SchemaContext } from '../src/types.ts';

// Supabase Realtime streams the changes of every table in its publication. It filters a change through
// the subscriber's RLS policies only when the table has RLS enabled; without RLS, every subscriber whose
// role may SELECT the table receives every row. A partition is published on its own (unless the publication
// publishes via the root), so a partition's own RLS flag is what counts, and it is PHI when its root is.
const PUBLISHED_WITHOUT_RLS = `
  select pt.pubname as publication,
         n.nspname || '.' || c.relname as table_name,
         rn.nspname || '.' || r.relname as root_name,
         r.relname as root_relname,
         n.nspname as schema_name,
         c.relname
    from pg_publication_tables pt
    join pg_namespace n on n.nspname = pt.schemaname
    join pg_class c on c.relnamespace = n.oid and c.relname = pt.tablename
    join pg_class r on r.oid = coalesce(pg_partition_root(c.oid), c.oid)
    join pg_namespace rn on rn.oid = r.relnamespace
   where pt.pubname = any($1::text[])
     and not c.relrowsecurity
     and ${appSchema('n')}
     and ${notExtensionMember('c.oid')}
   order by 1, 2`;

const EXISTING_PUBLICATIONS = `select pubname from pg_publication where pubname = any($1::text[])`;

const rule: Rule = {
  meta: {
    id: 'realtime-rls',
    description: 'Every table in the Realtime publication has row level security enabled.',
    defaultSeverity: 'error',
    sources: ['schema'],
  },

  async checkSchema(context) {
    const publications = context.config.realtime.publications;
    const rows = await context.db.query<PublishedRow>(PUBLISHED_WITHOUT_RLS, [publications]);
    const origins = context.mode === 'shadow' ? publishingStatements(context.migrations) : undefined;
    for (const row of rows) {
      const phi = isPhiTable(context, row);
      context.report({
        message:
          `${phi ? 'PHI table' : 'table'} \`${row.table_name}\` is in the publication \`${row.publication}\` ` +
          'but does not have row level security enabled, so Realtime sends each of its changes to every ' +
          'subscriber whose role can select it',
        severity: phi ? undefined : 'warning',
        location: origins?.locate(row.publication, row.table_name, row.root_name),
        object: row.table_name,
        // With RLS on and no policy yet, subscribers receive nothing until a policy grants rows: safe first.
        fix: {
          sql: `alter table ${qualifiedIdent(row.schema_name, row.relname)} enable row level security;`,
        },
      });
    }
    await reportMissingPublications(context, publications);
  },
};

interface PublishedRow {
  publication: string;
  table_name: string;
  root_name: string;
  root_relname: string;
  schema_name: string;
  relname: string;
}

function isPhiTable(context: SchemaContext, row: PublishedRow): boolean {
  const phi = context.config.phi.tables;
  return phi.includes(row.root_relname) || phi.includes(row.root_name) || phi.includes(row.table_name);
}

/**
 * A publication named in the config that does not exist is probably a typo: say so once, as info, since
 * nothing could be checked for it. Supabase's own publication is left alone: a project without Realtime
 * tables is fine.
 */
async function reportMissingPublications(context: SchemaContext, publications: string[]): Promise<void> {
  const rows = await context.db.query<{ pubname: string }>(EXISTING_PUBLICATIONS, [publications]);
  const existing = new Set(rows.map((row) => row.pubname));
  for (const name of publications) {
    if (existing.has(name) || name === 'supabase_realtime') continue;
    context.report({
      message: `the publication \`${name}\` named in \`[realtime] publications\` does not exist, so its tables were not checked`,
      severity: 'info',
      object: name,
    });
  }
}

/**
 * Where each table entered each publication, by replaying the CREATE and ALTER PUBLICATION statements of
 * the applied migrations: the last statement that published a table (by name, by its schema, or FOR ALL
 * TABLES) is the one a reviewer should see.
 */
function publishingStatements(files: readonly MigrationFile[]): PublicationOrigins {
  const origins = new PublicationOrigins();
  for (const file of files) {
    if (!file.applied) continue;
    for (const statement of file.statements) {
      // at the table's name in the publication's list, else the whole statement (FOR ALL TABLES, a schema)
      const where = (object?: PublicationObject): Location => {
        const location = object?.PublicationObjSpec?.pubtable?.relation?.location;
        const span = nameSpan({ file, statement }, location) ?? statement;
        return locationIn(file, span.start, span.end);
      };
      const create = statementOf(statement.node, 'CreatePublicationStmt');
      if (create?.pubname)
        origins.apply(create.pubname, 'set', create.for_all_tables, create.pubobjects, where);
      const alter = statementOf(statement.node, 'AlterPublicationStmt');
      if (alter?.pubname) {
        const action =
          alter.action === 'AP_DropObjects' ? 'drop' : alter.action === 'AP_SetObjects' ? 'set' : 'add';
        origins.apply(alter.pubname, action, alter.for_all_tables, alter.pubobjects, where);
      }
    }
  }
  return origins;
}

interface PublicationObject {
  PublicationObjSpec?: {
    pubobjtype?: string;
    name?: string;
    pubtable?: { relation?: Parameters<typeof qualify>[0] };
  };
}

class PublicationOrigins {
  /** By publication: `table:<schema.table>`, `schema:<schema>` or `all` → the statement that published it. */
  private readonly byPublication = new Map<string, Map<string, Location>>();

  apply(
    publication: string,
    action: 'set' | 'add' | 'drop',
    allTables: boolean | undefined,
    objects: unknown[] | undefined,
    where: (object?: PublicationObject) => Location,
  ): void {
    if (action === 'set' || !this.byPublication.has(publication))
      this.byPublication.set(publication, new Map());
    const published = this.byPublication.get(publication)!;
    const entries: [string | undefined, PublicationObject | undefined][] = allTables
      ? [['all', undefined]]
      : (objects ?? []).map((object) => [keyOf(object as PublicationObject), object as PublicationObject]);
    for (const [key, object] of entries) {
      if (!key) continue;
      if (action === 'drop') published.delete(key);
      else published.set(key, where(object));
    }
  }

  locate(publication: string, table: string, root: string): Location | undefined {
    const published = this.byPublication.get(publication);
    const schema = table.slice(0, table.indexOf('.'));
    return (
      published?.get(`table:${table}`) ??
      published?.get(`table:${root}`) ??
      published?.get(`schema:${schema}`) ??
      published?.get('all')
    );
  }
}

function keyOf(object: PublicationObject): string | undefined {
  const spec = object.PublicationObjSpec;
  if (spec?.pubobjtype === 'PUBLICATIONOBJ_TABLE') {
    const table = qualify(spec.pubtable?.relation);
    return table ? `table:${table}` : undefined;
  }
  if (spec?.pubobjtype === 'PUBLICATIONOBJ_TABLES_IN_SCHEMA' && spec.name) return `schema:${spec.name}`;
  return undefined;
}

export default rule;
