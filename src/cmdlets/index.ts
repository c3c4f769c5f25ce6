/** The built-in cmdlets and pwsh's default aliases for them. */
import type { CmdletInfo } from '../commands/command-info.js';
import { foreachObject } from './foreach-object.js';
import { outDefault, outNull, outString } from './out-cmdlets.js';
import { whereObject } from './where-object.js';
import { selectObject } from './select-object.js';
import { sortObject } from './sort-object.js';
import { measureObject } from './measure-object.js';
import { groupObject } from './group-object.js';
import { joinString } from './join-string.js';
import { cimAliases, cimCmdlets } from './cim/cim-cmdlets.js';
import { getCommand } from './get-command.js';
import { getHelp } from './get-help.js';
import { formatList, formatTable, formatWide } from './format-cmdlets.js';
import { getMember } from './get-member.js';
import { getAlias } from './get-alias.js';
import { traceCommand } from './trace-command.js';
import { convertFromJson, convertToJson } from './json-cmdlets.js';
import { compareObject } from './compare-object.js';
import { getDate } from './get-date.js';
import { convertFromSecureString, convertToSecureString, getHost, getRandom, readHost } from './host-cmdlets.js';
import { newAlias, setAlias } from './alias-cmdlets.js';
import { exportModuleMember, getModule, importModule, removeModule } from './module-cmdlets.js';
import { convertFromCsv, convertToCsv, exportCsv, importCsv } from './csv-cmdlets.js';
import { addContent, fileAliases, getContent, getLocation, outFile, setContent, setLocation, testPath } from './file-cmdlets.js';
import { clearVariable, getVariable, newVariable, removeVariable, setVariable, variableAliases } from './variable-cmdlets.js';
import { addMember, getUnique, invokeExpression, joinPath, newGuidCmdlet, newObject, splitPath, startSleep, teeObject, utilityAliases } from './utility-cmdlets.js';
import { showParameterBinding } from './show-parameter-binding.js';
import { measureCommand, newTimeSpan } from './time-cmdlets.js';
import { setStrictMode } from './strict-mode.js';
import { addHistory, clearHistory, getHistory, historyAliases, invokeHistory } from './history-cmdlets.js';
import { writeError } from './write-error.js';
import { writeHost } from './write-host.js';
import { writeOutput } from './write-output.js';
import { writeDebug, writeInformation, writeProgress, writeVerbose, writeWarning } from './write-streams.js';

export const builtinCmdlets: CmdletInfo[] = [
  writeOutput, writeHost, writeError, writeWarning, writeVerbose, writeDebug, writeInformation, writeProgress,
  foreachObject, whereObject, outNull, outString, outDefault, selectObject, sortObject, measureObject,
  groupObject, joinString, ...cimCmdlets, getCommand, getHelp, formatTable, formatList, getMember, getAlias,
  traceCommand, showParameterBinding, getHistory, invokeHistory, addHistory, clearHistory,
  convertToJson, convertFromJson, teeObject, getUnique, newGuidCmdlet, newObject, addMember, invokeExpression, joinPath, splitPath, startSleep, newTimeSpan, measureCommand, setStrictMode,
  getVariable, setVariable, newVariable, removeVariable, clearVariable,
  getContent, setContent, addContent, outFile, testPath, getLocation, setLocation, compareObject, getDate, formatWide, getRandom, readHost, getHost, convertToSecureString, convertFromSecureString,
  convertToCsv, convertFromCsv, exportCsv, importCsv, setAlias, newAlias,
  getModule, importModule, removeModule, exportModuleMember,
];

/** The default aliases pwsh 7.6 on Linux marks ReadOnly (`Get-Alias | ? Options -match ReadOnly`). */
export const readOnlyAliases: ReadonlySet<string> = new Set(
  ('?,%,clc,clhy,cli,clp,clv,cpi,cvpa,dbp,ebp,epal,epcsv,fc,fl,foreach,ft,fw,gal,gbp,gc,gci,gcm,gcs,gdr,gerr,ghy,gi,gl,gm,gmo,gp,gps,gpv,'
    + 'group,gu,gv,iex,ihy,ii,ipal,ipcsv,ipmo,irm,iwr,measure,mi,mp,nal,ndr,ni,nmo,nv,oh,rbp,rcsn,rdr,ri,rmo,rni,rnp,rp,rv,rvpa,sal,saps,'
    + 'sbp,select,si,sl,sp,spps,sv,where').split(','),
);

export const defaultAliases: Record<string, string> = {
  '%': 'ForEach-Object', foreach: 'ForEach-Object', '?': 'Where-Object', where: 'Where-Object',
  echo: 'Write-Output', select: 'Select-Object', measure: 'Measure-Object', group: 'Group-Object', gcm: 'Get-Command', ft: 'Format-Table', fl: 'Format-List', fw: 'Format-Wide', gm: 'Get-Member', gal: 'Get-Alias',
  ...cimAliases,
  ...historyAliases,
  ...utilityAliases,
  ...variableAliases,
  ...fileAliases,
  epcsv: 'Export-Csv', ipcsv: 'Import-Csv', sal: 'Set-Alias', nal: 'New-Alias',
  gmo: 'Get-Module', ipmo: 'Import-Module', rmo: 'Remove-Module',
};
