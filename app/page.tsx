import Link from "next/link";
import { redirect } from "next/navigation";
import { Logo } from "@/components/logo";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth";
import { HOME_PATH } from "@/lib/routes";

const HABITS = [
  {
    title: "Track open bets daily",
    body: "Every application, cold email and launch is a pending callback with a deadline, a probability and an energy cost. Each morning's tick shows what resolved, what timed out and what needs a nudge.",
  },
  {
    title: "Review your portfolio weekly",
    body: "See where your energy actually went against the targets you set for health, knowledge, networking, creative output and exploration, and how well calibrated your hopes were.",
  },
  {
    title: "Block on what matters",
    body: "Carrying more open threads than you can hold is a stack overflow. Lifeloop watches your load and helps you commit to the few things worth blocking on.",
  },
];

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function LandingPage({ searchParams }: Props) {
  if (await getCurrentUser()) redirect(HOME_PATH);
  const { deleted } = await searchParams;
  return (
    <div className="min-h-dvh">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-4 py-5">
        <span className="flex items-center gap-2 text-lg font-semibold">
          <Logo />
          Lifeloop
        </span>
        <nav aria-label="Account" className="flex gap-2">
          <Link href="/signin" className={buttonClasses("ghost")}>
            Sign in
          </Link>
          <Link href="/signup" className={buttonClasses("primary")}>
            Get started
          </Link>
        </nav>
      </header>
      <main className="mx-auto max-w-5xl px-4 pb-16 pt-10 sm:pt-16">
        {deleted ? (
          <p role="status" className="mb-8 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm dark:border-slate-800 dark:bg-slate-900">
            Your account and all its data were deleted.
          </p>
        ) : null}
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-600 dark:text-brand-500">Your life is an event loop</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight sm:text-5xl">
          Fire off many bets. Never block on one. Know which ones came back.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-600 dark:text-slate-400">
          Job applications, networking messages, learning bets, launches: each comes back later as a yes, a no or
          silence. Lifeloop holds them as promises with timeouts and probabilities, tells you each morning what
          needs you, and shows each week whether your energy went where you meant it to.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/signup" className={buttonClasses("primary")}>
            Create your free account
          </Link>
          <Link href="/signin" className={buttonClasses("secondary")}>
            I already have one
          </Link>
        </div>
        <ul className="mt-16 grid gap-4 sm:grid-cols-3">
          {HABITS.map((habit) => (
            <li key={habit.title} className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
              <h2 className="font-semibold">{habit.title}</h2>
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{habit.body}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
