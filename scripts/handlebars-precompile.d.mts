import type { Plugin } from 'esbuild';

export declare const templateOptions: { noEscape: boolean; strict: boolean };
export declare function precompiledModule(source: string): string;
export declare const precompileHandlebars: Plugin;
