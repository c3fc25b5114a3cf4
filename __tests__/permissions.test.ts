/**
 * Roles name only permissions the Platform API asks for: a catalog taken
 * from Genesys's own CLI, generated from the API's definition. A permission
 * outside it (a misspelling, a name that does not exist) is refused at synth
 * with the closest names, where the org would refuse the role or a plan would
 * meet a 403.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PERMISSION_CATALOG } from '../constructs/auth/permission-catalog';
import { PERMISSION, permissionProblem } from '../constructs/auth/permissions';
import { PLAN_PERMISSIONS } from '../constructs/auth/plan-access';
import { LaunchWorkflowAction, ReadJobStatusAction } from '../constructs/data-actions/catalog';
import { catalogOf, catalogText, parsePermissionArgs, permissionCatalogCli } from '../tools/auth/permission-catalog';
import { CommandLineError } from '../tools/cli/args';
import { rmTemp, tempDir } from './helpers/synth';

describe('the permission catalog', () => {
  it('is sorted, without duplicates, every entry a domain:entity:action name, from a named commit', () => {
    const list = PERMISSION_CATALOG.permissions;
    expect(list.length).toBeGreaterThan(1000);
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
    expect(list.filter((p) => !PERMISSION.test(p))).toEqual([]);
    expect(PERMISSION_CATALOG.source).toEqual({ repo: 'MyPureCloud/platform-client-sdk-cli', commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });

  it('holds every permission the project grants', () => {
    const granted = [...PLAN_PERMISSIONS, ...LaunchWorkflowAction.PERMISSIONS, ...ReadJobStatusAction.PERMISSIONS];
    expect(granted.filter((p) => permissionProblem(p) !== null)).toEqual([]);
  });

  it.each([
    // The names the plan role once held: none is asked for by any operation (the IVR's read asks for routing:callRoute:view).
    ['architect:ivrConfig:view', 'is asked for by no Platform API operation'],
    ['integrations:credential:view', 'is asked for by no Platform API operation'],
    ['routing:queues:view', 'did you mean "routing:queue:view"?'],
    ['architect:flow:lunch', '"architect:flow:launch"'],
  ])('refuses %s, naming the catalog and the closest names', (permission, message) => {
    const problem = permissionProblem(permission);
    expect(problem).toContain(message);
    expect(problem).toContain('constructs/auth/permission-catalog.json');
  });
});

describe('npm run permissions:generate', () => {
  let repo: string;
  const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  beforeAll(() => {
    // A repository shaped like the CLI's source: operations stating their permissions, and a comment among them.
    repo = tempDir('permission-source-');
    fs.mkdirSync(path.join(repo, 'cmd'));
    fs.writeFileSync(
      path.join(repo, 'cmd', 'flows.go'),
      [
        'x := fmt.Sprintf("%s", "GET", "/api/v2/flows", utils.FormatPermissions([]string{ "architect:flow:view",  }))',
        'y := fmt.Sprintf("%s", "POST", "/api/v2/flows/executions", utils.FormatPermissions([]string{ "architect:flow:launch", "admin",  }))',
        'z := fmt.Sprintf("%s", "GET", "/api/v2/chats", utils.FormatPermissions([]string{ "chat:1on1:view", "They are enforced by the backend",  }))',
        'w := fmt.Sprintf("%s", "GET", "/api/v2/flows/{flowId}", utils.FormatPermissions([]string{ "architect:flow:view",  }))',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(repo, 'README.md'), 'utils.FormatPermissions([]string{ "not:from:go" })');
    // Set-up, not the test: a failure here is an error of its own.
    for (const r of [spawnSync('git', ['init', '-q', repo]), git('add', '.'), git('commit', '-q', '-m', 'x')]) {
      if (r.status !== 0) throw new Error(`git failed while setting up the test repository: ${r.stderr}`);
    }
  });
  afterAll(() => rmTemp(repo));

  it('takes the permission names of every operation at HEAD, from Go source only, and names the commit', () => {
    const catalog = catalogOf(repo);
    expect(catalog.permissions).toEqual(['architect:flow:launch', 'architect:flow:view', 'chat:1on1:view']);
    expect(catalog.source).toEqual({ repo: 'MyPureCloud/platform-client-sdk-cli', commit: git('rev-parse', 'HEAD').stdout.trim() });
    expect(catalogText(catalog)).toBe(`${JSON.stringify(catalog, null, 2)}\n`);
  });

  it('--check says whether the committed catalog is what a repository gives, and writes nothing', () => {
    const lines: string[] = [];
    const before = fs.readFileSync(path.join(__dirname, '..', 'constructs', 'auth', 'permission-catalog.json'), 'utf8');
    expect(permissionCatalogCli([repo, '--check'], { log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(1);
    expect(lines.join()).toContain('differs from what');
    expect(fs.readFileSync(path.join(__dirname, '..', 'constructs', 'auth', 'permission-catalog.json'), 'utf8')).toBe(before);
  });

  it.each([
    [[], 'give one directory'],
    [['a', 'b'], 'give one directory'],
    [[''], 'give one directory'],
    [['x', '--write'], 'unknown option "--write"'],
  ])('refuses the command line %j', (args, message) => {
    expect(() => parsePermissionArgs(args)).toThrow(CommandLineError);
    expect(() => parsePermissionArgs(args)).toThrow(message);
  });

  it('refuses a directory that is no repository, or no clone of the CLI, by name and without a stack trace', () => {
    const errors: string[] = [];
    const out = { log: () => undefined, error: (l: string) => errors.push(l) };
    const plain = tempDir('not-a-repo-');
    try {
      expect(permissionCatalogCli([path.join(plain, 'nowhere')], out)).toBe(1);
      expect(permissionCatalogCli([plain], out)).toBe(1);
      expect(spawnSync('git', ['init', '-q', plain]).status).toBe(0);
      fs.writeFileSync(path.join(plain, 'a.go'), 'package a');
      spawnSync('git', ['-C', plain, 'add', '.']);
      spawnSync('git', ['-C', plain, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x']);
      expect(permissionCatalogCli([plain], out)).toBe(1);
    } finally {
      rmTemp(plain);
    }
    expect(errors[0]).toMatch(/^permissions:generate: ".*nowhere" is no directory/);
    expect(errors[1]).toMatch(/is not a git repository with a commit/);
    expect(errors[2]).toMatch(/no operation of ".*" states its permissions: is it a clone of MyPureCloud\/platform-client-sdk-cli\?/);
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
  });
});
