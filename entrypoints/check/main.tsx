import { render } from 'preact';
import { App } from './App';
import '@/components/facts/theme.css';
import '@/components/facts/facts.css';
import '@/components/card/card.css';
import '@/components/claims/claims.css';
import './check.css';

render(<App />, document.getElementById('app')!);
