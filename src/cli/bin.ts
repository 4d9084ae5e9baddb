#!/usr/bin/env node
import { main } from './fpk.js';

process.exitCode = await main(process.argv.slice(2));
