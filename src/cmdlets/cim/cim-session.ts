/**
 * # CIM sessions
 *
 * A CimSession as scripts see it (Id, Name, InstanceId, ComputerName, Protocol), and the store
 * of one interpreter's sessions: ids count from 1 and are never reused, default names are
 * `CimSession<Id>`. No network is touched: minipwsh records sessions, it does not connect.
 */
import { PsGuid } from '../../runtime/values.js';
import { makeNumber } from '../../runtime/conversion.js';

export const CIM_SESSION_TYPE = 'Microsoft.Management.Infrastructure.CimSession';

export class CimSessionValue {
  readonly psTypeName = CIM_SESSION_TYPE;
  /** The properties pwsh's default view lists, in its order. */
  static readonly viewProperties = ['Id', 'Name', 'InstanceId', 'ComputerName', 'Protocol'];

  constructor(
    readonly id: number,
    readonly name: string,
    readonly instanceId: PsGuid,
    /** The computer name the session was opened with; null for the local default. */
    readonly requestedComputer: string | null,
    readonly protocol: 'WSMAN' | 'DCOM',
    readonly port?: number,
  ) {}

  /** What the session reports as its computer: `localhost` when none was named. */
  get computerName(): string { return this.requestedComputer ?? 'localhost'; }

  getProperty(name: string): { found: boolean; value?: unknown } {
    switch (name.toLowerCase()) {
      case 'id': return { found: true, value: makeNumber('UInt32', this.id) };
      case 'name': return { found: true, value: this.name };
      case 'instanceid': return { found: true, value: this.instanceId };
      case 'computername': return { found: true, value: this.computerName };
      case 'protocol': return { found: true, value: this.protocol };
    }
    return { found: false };
  }

  propertyNames(): string[] { return CimSessionValue.viewProperties; }

  // As the CIM client library prints a session: its requested computer, '.' for the local default.
  toString(): string { return `CimSession: ${this.requestedComputer ?? '.'}`; }
}

export class CimSessionStore {
  private nextId = 1;
  private readonly sessions: CimSessionValue[] = [];

  add(create: (id: number) => CimSessionValue): CimSessionValue {
    const s = create(this.nextId++);
    this.sessions.push(s);
    return s;
  }

  remove(s: CimSessionValue): void {
    const i = this.sessions.indexOf(s);
    if (i >= 0) this.sessions.splice(i, 1);
  }

  /** All sessions, in Id order. */
  all(): CimSessionValue[] { return [...this.sessions].sort((a, b) => a.id - b.id); }

  has(s: CimSessionValue): boolean { return this.sessions.includes(s); }
}

/** The store of this interpreter (one per session, never shared between interpreters). */
export function storeOf(shared: Map<string, unknown>): CimSessionStore {
  let store = shared.get('cim') as CimSessionStore | undefined;
  if (!store) {
    store = new CimSessionStore();
    shared.set('cim', store);
  }
  return store;
}
