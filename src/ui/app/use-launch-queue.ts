import { useEffect } from 'react';

type LaunchQueue = { setConsumer: (c: (p: { files: { getFile: () => Promise<File> }[] }) => void) => void };

/** Hands the text of a file opened with the installed app (file_handlers) to `onFile`. */
export function useLaunchQueue(onFile: (text: string) => void): void {
  useEffect(() => {
    const lq = (window as unknown as { launchQueue?: LaunchQueue }).launchQueue;
    lq?.setConsumer((params) => {
      const handle = params.files[0];
      if (handle === undefined) return;
      void handle
        .getFile()
        .then((f) => f.text())
        .then(onFile);
    });
  }, [onFile]);
}
