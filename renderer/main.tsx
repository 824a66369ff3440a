import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { platformApi } from './platform/api';

// zod compiles its parsers with new Function, which the window's Content-Security-Policy forbids.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(<App api={platformApi()} />);
