import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import {
  PreloadedMemoryFS,
  readDataDirTar,
  walSegmentsNeeded,
  writeDataDirTar,
} from '../../src/shadow/data-dir.ts';
import { seedFileName } from '../../src/shadow/pglite.ts';

/** One ustar header and its data, padded to whole blocks, with a correct checksum unless told otherwise. */
function entry(name: string, data: string, type = '0', options: { badChecksum?: boolean } = {}): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
  header.write('14727203364\0', 136);
  header.write(type, 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  if (options.badChecksum) sum += 1;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  const body = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  body.write(data);
  return Buffer.concat([header, body]);
}

const end = Buffer.alloc(1024);

describe('a data directory tar', () => {
  it('lists files and directories as views into the tar, relative to the data directory', () => {
    const tar = Buffer.concat([
      entry('/base', '', '5'),
      entry('/base/1/1259', 'pages'),
      entry('/PG_VERSION', '18\n'),
      end,
    ]);
    const entries = readDataDirTar(tar)!;
    expect(entries.map((e) => [e.path, e.directory, Buffer.from(e.data).toString()])).toEqual([
      ['base', true, ''],
      ['base/1/1259', false, 'pages'],
      ['PG_VERSION', false, '18\n'],
    ]);
    expect(entries[1].data.buffer).toBe(tar.buffer);
    expect(entries[1].modified).toBe(0o14727203364);
  });

  it('is refused without PG_VERSION: PGlite would run initdb over the empty directory', () => {
    expect(readDataDirTar(Buffer.concat([entry('/base/1/1259', 'pages'), end]))).toBeUndefined();
  });

  it('is refused when a header is damaged, an entry is cut short or a name leaves the directory', () => {
    const version = entry('/PG_VERSION', '18\n');
    expect(
      readDataDirTar(Buffer.concat([entry('/a', 'x', '0', { badChecksum: true }), version, end])),
    ).toBeUndefined();
    expect(
      readDataDirTar(Buffer.concat([version, entry('/base/1/1259', 'pages').subarray(0, 514)])),
    ).toBeUndefined();
    expect(readDataDirTar(Buffer.concat([entry('/../etc/passwd', 'x'), version, end]))).toBeUndefined();
    expect(readDataDirTar(Buffer.concat([entry('/link', '', '2'), version, end]))).toBeUndefined();
  });

  it('reads the shipped seed, which PGlite wrote', () => {
    const seed = gunzipSync(
      readFileSync(new URL(`../../src/shadow/seed/${seedFileName()}`, import.meta.url)),
    );
    const entries = readDataDirTar(seed)!;
    expect(entries.length).toBeGreaterThan(500);
    expect(entries.find((e) => e.path === 'PG_VERSION')?.data).toBeDefined();
    expect(entries.filter((e) => !e.directory).reduce((sum, e) => sum + e.data.length, 0)).toBeGreaterThan(
      1e7,
    );
  });

  it('is written back the way it is read, long names included', () => {
    const long = `pg_logical/${'x'.repeat(60)}/${'y'.repeat(70)}`;
    const files = new Map<string, string>([
      ['/data/PG_VERSION', '18\n'],
      ['/data/base/1/1259', 'pages'],
      [`/data/${long}`, 'deep'],
      ['/data/empty', ''],
    ]);
    const dirs = new Set([
      '/data',
      '/data/base',
      '/data/base/1',
      '/data/pg_logical',
      `/data/pg_logical/${'x'.repeat(60)}`,
    ]);
    const children = (dir: string) =>
      [...dirs, ...files.keys()]
        .filter((p) => p !== dir && p.slice(0, p.lastIndexOf('/')) === dir)
        .map((p) => p.slice(dir.length + 1));
    const fs = {
      readdir: (dir: string) => ['.', '..', ...children(dir)],
      stat: (p: string) => ({ mode: dirs.has(p) ? 0o40755 : 0o100600, mtime: new Date(1_700_000_000_000) }),
      isDir: (mode: number) => (mode & 0o170000) === 0o40000,
      isFile: (mode: number) => (mode & 0o170000) === 0o100000,
      lookupPath: () => ({ node: {} }),
      readFile: (p: string) => new TextEncoder().encode(files.get(p)),
    } as unknown as Parameters<typeof writeDataDirTar>[0];
    const entries = readDataDirTar(writeDataDirTar(fs, '/data'))!;
    const read = new Map(
      entries.filter((e) => !e.directory).map((e) => [e.path, Buffer.from(e.data).toString()]),
    );
    expect(read).toEqual(new Map([...files].map(([p, text]) => [p.slice('/data/'.length), text])));
    expect(
      entries
        .filter((e) => e.directory)
        .map((e) => e.path)
        .sort(),
    ).toEqual(
      [...dirs]
        .filter((d) => d !== '/data')
        .map((d) => d.slice('/data/'.length))
        .sort(),
    );
    expect(entries.every((e) => e.modified === 1_700_000_000)).toBe(true);
  });
});

describe('a data directory dumped after a clean shutdown', () => {
  it('keeps only the WAL segment its last checkpoint is in, and starts again from it', async () => {
    const fs = new PreloadedMemoryFS(PGlite.paths.PGDATA, undefined);
    const db = await PGlite.create({ fs });
    // About 30 MB of WAL across checkpoints: PostgreSQL keeps the old segments, renamed for reuse.
    await db.exec(`create table t as select g, repeat('x', 200) as pad from generate_series(1, 60000) g;
      checkpoint; insert into t select * from t; checkpoint; insert into t select * from t limit 60000;`);
    const before = walSegmentNames(fs);
    const entries = readDataDirTar(await fs.closeAndDump(db))!;
    const kept = entries.filter((entry) => entry.path.startsWith('pg_wal/0')).map((entry) => entry.path);
    expect(before.length).toBeGreaterThan(1);
    expect(kept).toHaveLength(1);
    expect(before).toContain(kept[0].slice('pg_wal/'.length));

    const again = await PGlite.create({ fs: new PreloadedMemoryFS(PGlite.paths.PGDATA, entries) });
    expect((await again.query('select count(*)::int as rows from t')).rows).toEqual([{ rows: 180000 }]);
    await again.exec('insert into t select * from t');
    expect((await again.query('select count(*)::int as rows from t')).rows).toEqual([{ rows: 360000 }]);
    await again.close();
  }, 60_000);

  it('keeps every segment when pg_control does not read as a clean shutdown', () => {
    const segment = { directory: false, modified: 0, data: new Uint8Array(1 << 24) };
    const entries = [
      { path: 'global/pg_control', directory: false, modified: 0, data: new Uint8Array(8192) },
      { ...segment, path: 'pg_wal/000000010000000000000001' },
      { ...segment, path: 'pg_wal/000000010000000000000002' },
    ];
    expect(walSegmentsNeeded(entries)).toBeUndefined();
  });
});

/** The WAL segments in a running PGlite's data directory. */
function walSegmentNames(fs: PreloadedMemoryFS): string[] {
  const emscripten = (fs as unknown as { pg: { Module: { FS: { readdir(path: string): string[] } } } }).pg
    .Module.FS;
  return emscripten.readdir(`${PGlite.paths.PGDATA}/pg_wal`).filter((name) => /^[0-9A-F]{24}$/.test(name));
}
