# Get-Member on the .NET values scripts make: strings, numbers, lists, dictionaries, dates, GUIDs,
# script blocks; -MemberType and -Name (patterns list in the order given).
'abc' | Get-Member
1, 2.5, $true | Get-Member -MemberType Method -Name Equals, GetType
Get-Member -InputObject @(1, 2) -MemberType Property
@{ a = 1 } | Get-Member -MemberType Property
[datetime]'2020-01-01' | Get-Member -Name Day*, Add*
[guid]::Empty, { 1 } | Get-Member -MemberType Method -Name ToString
'abc' | Get-Member -Name Length | Format-List
