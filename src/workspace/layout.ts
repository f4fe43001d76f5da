/** The folders of a workspace (spec/commands.md "Workspace"), named once. */
import { join } from 'node:path';

/** Sub-folders of a workspace. `replaced` keeps every older copy an import replaced (never read as data). */
export const WORKSPACE_DIRS = {
  sheets: 'sheets',
  reports: 'reports',
  templates: 'templates',
  replaced: 'replaced',
  annotated: join('reports', 'annotated'),
} as const;

/** The absolute path of a workspace folder. */
export function workspaceDir(workspace: string, which: keyof typeof WORKSPACE_DIRS): string {
  return join(workspace, WORKSPACE_DIRS[which]);
}
