import { createRoot } from 'react-dom/client';
import { App } from './App';
import { platformApi } from './platform/api';

createRoot(document.getElementById('root')!).render(<App api={platformApi()} />);
