'use client';

import dynamic from 'next/dynamic';
import { EditorLoading } from './editor-loading';

/** Monaco touches `window` on import, so it is only ever loaded in the browser. */
export const CliEditor = dynamic(() => import('./monaco-cli-editor'), { ssr: false, loading: EditorLoading });
