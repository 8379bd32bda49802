#!/usr/bin/env node
// Package bin: the CLI is TypeScript run through tsx (a runtime dependency), so there is no
// separate build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../cli/annotate.ts');
