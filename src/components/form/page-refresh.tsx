"use client";
// After a form's action succeeds the page reloads its server data (router.refresh) or moves on (router.push).
// Until that lands, every form on the page still holds what it was rendered with (a record's version, its
// status), so a click on another form would be refused as someone else's change ("已被他人修改"), or act on
// a state the user has not seen. The root layout keeps one count of forms posting and one shared transition
// for the reload: while either is under way, every form's button on the page waits.
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";

type PageForms = {
  /** A form on the page is posting, or the page is reloading after one. */
  busy: boolean;
  begin: () => void;
  end: () => void;
  /** Reload the page's server data, or go to redirectTo. */
  reload: (redirectTo?: string) => void;
};

const PageFormsContext = createContext<PageForms | null>(null);

export function PageRefreshProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [posting, setPosting] = useState(0);
  const begin = useCallback(() => setPosting((n) => n + 1), []);
  const end = useCallback(() => setPosting((n) => Math.max(0, n - 1)), []);
  const reload = useCallback((redirectTo?: string) => startTransition(() => (redirectTo ? router.push(redirectTo) : router.refresh())), [router]);
  const value = useMemo(() => ({ busy: refreshing || posting > 0, begin, end, reload }), [refreshing, posting, begin, end, reload]);
  return <PageFormsContext.Provider value={value}>{children}</PageFormsContext.Provider>;
}

/**
 * One form's part in the page: `post()` when it submits, `answered()` when its action's state arrives (on
 * success the page reloads). A form unmounted mid-post (its action threw, the user left) stops counting.
 */
export function usePageForm() {
  const shared = useContext(PageFormsContext);
  if (!shared) throw new Error("usePageForm needs the PageRefreshProvider of the root layout");
  const { busy, begin, end, reload } = shared;
  const outstanding = useRef(false);
  const post = useCallback(() => {
    if (!outstanding.current) begin();
    outstanding.current = true;
  }, [begin]);
  const answered = useCallback(
    ({ ok, redirectTo }: { ok: boolean; redirectTo?: string }) => {
      // Both in one batch: the reload's pending state takes over from the post without a gap.
      if (ok) reload(redirectTo);
      if (outstanding.current) end();
      outstanding.current = false;
    },
    [end, reload],
  );
  useEffect(
    () => () => {
      if (outstanding.current) end();
      outstanding.current = false;
    },
    [end],
  );
  return { busy, post, answered };
}
