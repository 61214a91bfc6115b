import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Handlers } from '../../../src-main/handlers';
import {
  CHANNELS,
  type AppApi,
  type BackupInfo,
  type Invoke,
  type InvokeChannel,
  type InvokeResponse,
  type PickedFile,
} from '../../../src-renderer/lib/ipc/contract';

// These checks run in `tsc --noEmit -p tsconfig.node.json` (part of `npm run check`): each
// `@ts-expect-error` fails the build if the line under it ever compiles.

type ChannelName = (typeof CHANNELS)[keyof typeof CHANNELS];
declare const invoke: Invoke;

describe('the IPC contract', () => {
  it('has a request and a response type for every channel but the menu push', () => {
    expectTypeOf<InvokeChannel>().toEqualTypeOf<Exclude<ChannelName, typeof CHANNELS.menu>>();
    expect(Object.values(CHANNELS).filter((c) => c !== CHANNELS.menu)).toHaveLength(7);
  });

  it('types what the preload invokes by the channel', () => {
    expectTypeOf<ReturnType<typeof invoke<typeof CHANNELS.listBackups>>>().toEqualTypeOf<
      Promise<BackupInfo[]>
    >();
    expectTypeOf<InvokeResponse<typeof CHANNELS.openFiles>>().toEqualTypeOf<PickedFile[]>();
    expectTypeOf<Handlers[typeof CHANNELS.readBackup]>().returns.toEqualTypeOf<
      Promise<Uint8Array>
    >();
  });

  it('does not compile a call with the wrong request, or a response of another shape', () => {
    const wrongUse = async (): Promise<void> => {
      // @ts-expect-error backups:read takes the backup's name
      await invoke(CHANNELS.readBackup);
      // @ts-expect-error app:version takes nothing
      await invoke(CHANNELS.appVersion, 'extra');
      // @ts-expect-error backups:list resolves with a list, not one backup
      const one: BackupInfo = await invoke(CHANNELS.listBackups);
      void one;
    };
    const wrongHandler: Pick<Handlers, typeof CHANNELS.listBackups> = {
      // @ts-expect-error a handler must resolve with the contract's response shape
      [CHANNELS.listBackups]: async () => [{ name: 'backup-1.json' }],
    };
    const wrongApi: AppApi['backups'] = {
      write: async () => ({ name: 'b', createdAt: 0, size: 0 }),
      // @ts-expect-error the renderer's API follows the contract's response for each channel
      list: async () => ({ name: 'b', createdAt: 0, size: 0 }),
      read: async () => new Uint8Array(),
    };
    expect([wrongUse, wrongHandler, wrongApi]).toHaveLength(3);
  });
});
