// The shape of a check across the plans of a workspace.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Workspace } from '../../workspace/workspace.js';

export type WorkspaceCheck = (ws: Workspace) => Diagnostic[];
