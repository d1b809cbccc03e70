import { render } from 'preact';
import { App } from './App';
import '@/components/facts/theme.css';
import '@/components/facts/facts.css';
import './popup.css';

render(<App />, document.getElementById('app')!);
