/**
 * # Help content of the CIM session cmdlets
 *
 * What their help files hold, in this project's own words; the structure and the facts (the
 * parameters, the three examples of Remove-CimSession) follow ../shared/seed/Remove-CimSession.md.
 * The attribute rows of -Full and -Parameter (Required?, Position?, ...) are generated from the
 * same metadata the binder uses, never written here.
 */
import type { CmdletHelp } from '../../commands/command-info.js';

const SHOULD_PROCESS = {
  confirm: 'Asks for confirmation before each session is removed.',
  whatif: 'Shows which sessions would be removed, and removes none.',
};

export const removeCimSessionHelp: CmdletHelp = {
  synopsis: 'Removes one or more CIM sessions.',
  description: 'Remove-CimSession closes the CIM sessions you choose (by session object, computer name, Id, instance id or name) and takes them off this session\'s list. -WhatIf shows what would be removed without removing it.',
  parameters: {
    cimsession: 'The CIM session objects to close: a variable that holds sessions, or the output of New-CimSession or Get-CimSession.',
    computername: 'Closes the sessions connected to these computers. A computer is named by its NetBIOS name or its fully qualified domain name; wildcards are allowed.',
    id: 'Closes the sessions with these Ids. An Id is the whole number that names a session within this PowerShell session; give several separated by commas, or a range such as (2..4).',
    instanceid: 'Closes the sessions with these instance ids. The instance id is the GUID in a session\'s InstanceId property; no two sessions share one.',
    name: 'Closes the sessions with these friendly names; wildcards are allowed.',
    ...SHOULD_PROCESS,
  },
  inputs: 'Microsoft.Management.Infrastructure.CimSession',
  outputs: 'None. Remove-CimSession writes no output.',
  examples: [
    '# Example 1: Remove all the CIM sessions\nGet-CimSession | Remove-CimSession\nGet-CimSession writes every CIM session of this PowerShell session; each one binds to -CimSession from the pipeline, and Remove-CimSession closes it.',
    '# Example 2: Remove a specific CIM session\nRemove-CimSession -Id 5\nCloses the CIM session whose Id is 5.',
    '# Example 3: Show the list of CIM sessions to remove by using the WhatIf parameter\nRemove-CimSession -Name a* -WhatIf\nWith -WhatIf, Remove-CimSession only says which sessions it would close (here, those whose name starts with a), and closes none.',
  ],
  links: ['Get-CimSession', 'New-CimSession'],
};

export const getCimSessionHelp: CmdletHelp = {
  synopsis: 'Gets the CIM session objects from the current session.',
  description: 'Get-CimSession lists the CIM sessions created in this PowerShell session, in Id order, or only those chosen by computer name, Id, instance id or name.',
  parameters: {
    computername: 'Gets the sessions connected to these computers; wildcards are allowed.',
    id: 'Gets the sessions with these Ids.',
    instanceid: 'Gets the sessions with these instance ids (GUIDs).',
    name: 'Gets the sessions with these friendly names; wildcards are allowed.',
  },
  inputs: 'System.String[]',
  outputs: 'Microsoft.Management.Infrastructure.CimSession',
  examples: [
    '# Example 1: Get all the CIM sessions\nGet-CimSession\nLists every CIM session created in this PowerShell session.',
    '# Example 2: Get the CIM sessions of a computer\nGet-CimSession -ComputerName srv1\nLists the sessions connected to srv1.',
    '# Example 3: Get CIM sessions by name\nGet-CimSession -Name a*\nLists the sessions whose friendly name starts with a.',
  ],
  links: ['New-CimSession', 'Remove-CimSession'],
};

export const newCimSessionHelp: CmdletHelp = {
  synopsis: 'Creates a CIM session.',
  description: 'New-CimSession makes one CIM session per computer name (localhost when none is given) and returns it. In minipwsh the session is recorded without contacting the computer.',
  parameters: {
    computername: 'The computers to connect to, one session each; localhost when none is given.',
    name: 'A friendly name for the session; by default CimSession followed by its Id.',
    port: 'The network port of the computer; the protocol\'s default when not given.',
    sessionoption: 'Advanced options, made with New-CimSessionOption (for example -Protocol Dcom).',
    operationtimeoutsec: 'How long, in seconds, an operation may wait for the computer.',
    skiptestconnection: 'Does not test the connection when the session is made.',
  },
  inputs: 'System.String[]',
  outputs: 'Microsoft.Management.Infrastructure.CimSession',
  examples: [
    '# Example 1: Create a CIM session\n$session = New-CimSession -ComputerName srv1\nMakes a session connected to srv1 and keeps it in $session.',
    '# Example 2: Create sessions to several computers\nNew-CimSession -ComputerName srv1, srv2 -Name web\nMakes one session per computer, each named web.',
  ],
  links: ['Get-CimSession', 'Remove-CimSession', 'New-CimSessionOption'],
};
