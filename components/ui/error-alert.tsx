/** A message that something failed, announced to screen readers when it appears. */
export function ErrorAlert({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <p role="alert" className="rounded border border-danger bg-red-50 px-3 py-2 text-danger" data-testid={testId}>
      {children}
    </p>
  );
}
