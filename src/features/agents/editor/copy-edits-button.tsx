import { Button, InputBase } from '@mantine/core';
import { useState } from 'react';
import { useCopy } from '../../../components/use-copy.ts';

/** When the clipboard refuses, the JSON is shown selected, ready to copy by hand. */
export function CopyEditsButton({ edits }: { edits: () => unknown }) {
  const { state, copy } = useCopy(3000);
  const [manual, setManual] = useState<string | null>(null);
  return (
    <>
      <Button
        size="xs"
        variant="outline"
        color="red"
        onClick={() => {
          const json = JSON.stringify(edits(), null, 2);
          void copy(json).then((ok) => setManual(ok ? null : json));
        }}
      >
        {state === 'copied' ? 'Copied' : 'Copy my edits as JSON'}
      </Button>
      {manual !== null && (
        <InputBase
          component="textarea"
          multiline
          readOnly
          rows={6}
          w="100%"
          label="Your edits as JSON (the clipboard was not available: copy them from here)"
          value={manual}
          onFocus={(event) => event.currentTarget.select()}
          autoFocus
        />
      )}
    </>
  );
}
