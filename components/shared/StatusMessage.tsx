/** A result line after an action: announced politely, or as an alert when it is an error. */
export function StatusMessage({
  message,
  testId,
}: {
  message: { text: string; error: boolean } | null;
  testId?: string;
}) {
  if (!message) return null;
  return (
    <p
      role={message.error ? 'alert' : 'status'}
      className={message.error ? 'error' : ''}
      data-testid={testId}
    >
      {message.text}
    </p>
  );
}
