'use client';

import { useState } from 'react';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useLabSession } from './lab-session-context';

export function ResetSandboxControl() {
  const [confirming, setConfirming] = useState(false);
  const ready = useLabSession((state) => state.phase === 'ready');
  const resetting = useLabSession((state) => state.resetting);
  const reset = useLabSession((state) => state.reset);

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        icon="reset"
        busy={resetting}
        disabled={!ready || resetting}
        onClick={() => setConfirming(true)}
      >
        Reset
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Reset the sandbox?"
        confirmLabel="Reset sandbox"
        tone="danger"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void reset();
        }}
      >
        Everything you created in this lab’s sandbox is removed and it goes back to the lab’s starting state. Your
        editor text and step notes stay.
      </ConfirmDialog>
    </>
  );
}
