/**
 * Council presentation mode: full screen, one goal per slide (split when it has many KPIs),
 * arrow keys or a clicker to move, optional auto-advance, and where we are in the deck.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useGoals } from '../../api/useGoal';
import { fyParam, usePlan } from '../../api/usePlan';
import { useSite } from '../../api/useSite';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { planGoalsProblem } from '../goals/planGoalsProblem';
import './present.css';
import { buildSlides, deckCommandOf } from './slides';
import { SlideView } from './SlideView';

const intervals = [10, 20, 30, 60];

export function PresentPage() {
  const [params, setParams] = useSearchParams();
  const fyRaw = params.get('fy');
  const fiscalYear = fyRaw && /^\d{4}$/.test(fyRaw) ? Number(fyRaw) : undefined;
  const plan = usePlan(fiscalYear);
  const site = useSite();
  const goals = useGoals(plan.data?.goals.map((goal) => goal.id) ?? [], fiscalYear);
  const [playing, setPlaying] = useState(false);
  const [seconds, setSeconds] = useState(20);
  const deckRef = useRef<HTMLDivElement>(null);
  usePageTitle('Present');

  const loaded = plan.data && goals.every((goal) => goal.data);
  const slides = loaded
    ? buildSlides(
        plan.data,
        goals.flatMap((goal) => (goal.data ? [goal.data] : [])),
      )
    : [];
  const requested = Number(params.get('slide'));
  const index =
    Number.isInteger(requested) && requested >= 1 && requested <= slides.length ? requested - 1 : 0;

  /**
   * Moves to a slide given by its index, or computed from the one the address shows now. It reads
   * the browser's address, not this render's search params: a key pressed right after another (a
   * clicker) arrives before React has re-rendered with the first key's slide.
   */
  const go = useCallback(
    (next: number | ((current: number) => number)) => {
      if (slides.length === 0) return;
      const current = new URLSearchParams(window.location.search);
      const shown = Number(current.get('slide'));
      const at = Number.isInteger(shown) && shown >= 1 && shown <= slides.length ? shown - 1 : 0;
      const target = typeof next === 'function' ? next(at) : next;
      const bounded = Math.min(Math.max(target, 0), slides.length - 1);
      current.set('slide', String(bounded + 1));
      // Update the address at once (replaceState), so a next key reads the new slide even before
      // the router re-renders; then tell the router.
      window.history.replaceState(window.history.state, '', `?${current.toString()}`);
      setParams(current, { replace: true });
    },
    [slides.length, setParams],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void deckRef.current?.requestFullscreen?.();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      // Keys keep their own meaning in form controls (a select's arrows, a button's space).
      if (target.closest('select, input, textarea')) return;
      if (target.closest('button, a') && (event.key === ' ' || event.key === 'Enter')) return;
      const command = deckCommandOf(event.key);
      if (!command) return;
      event.preventDefault();
      if (command === 'next') go((at) => at + 1);
      else if (command === 'previous') go((at) => at - 1);
      else if (command === 'first') go(0);
      else if (command === 'last') go(slides.length - 1);
      else toggleFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, slides.length, toggleFullscreen]);

  useEffect(() => {
    if (!playing || slides.length === 0) return;
    // Auto-advance loops back to the title, for a screen left running in the lobby.
    const timer = window.setTimeout(() => go((at) => (at + 1) % slides.length), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [playing, index, seconds, slides.length, go]);

  const problem = planGoalsProblem(plan, goals, 'presentation');
  if (problem) return problem;
  const slide = slides[index];
  if (!slide) return <PageState kind="loading" label="Preparing the presentation…" />;

  return (
    <div className="deck" ref={deckRef}>
      <main className="deck__stage" aria-labelledby="slide-heading">
        <SlideView
          slide={slide}
          headingId="slide-heading"
          fiscalYearStartMonth={site.data?.fiscalYearStartMonth ?? 7}
        />
      </main>
      <div className="deck__controls" role="toolbar" aria-label="Presentation controls">
        <button
          type="button"
          className="deck__button"
          onClick={() => go(index - 1)}
          disabled={index === 0}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <div className="deck__progress">
          <p aria-live="polite" className="deck__position">
            Slide {index + 1} of {slides.length}
          </p>
          <progress
            max={slides.length}
            value={index + 1}
            aria-label="Progress through the presentation"
          />
        </div>
        <button
          type="button"
          className="deck__button"
          onClick={() => go(index + 1)}
          disabled={index === slides.length - 1}
        >
          Next <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="deck__button"
          aria-pressed={playing}
          onClick={() => setPlaying((value) => !value)}
        >
          {playing ? 'Pause' : 'Auto-advance'}
        </button>
        <label className="deck__interval">
          Every
          <select value={seconds} onChange={(event) => setSeconds(Number(event.target.value))}>
            {intervals.map((value) => (
              <option key={value} value={value}>
                {value} s
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="deck__button" onClick={toggleFullscreen}>
          Full screen
        </button>
        <Link className="deck__exit" to={`/${fyParam(fiscalYear)}`}>
          Exit
        </Link>
      </div>
      <p className="deck__help">
        Keys: → or Page Down next · ← or Page Up previous · Home / End · F full screen
      </p>
    </div>
  );
}
