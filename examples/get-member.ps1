# Get-Member lists a PSCustomObject's members: System.Object's methods, then its note properties
# with their types and values, grouped under the type name; one listing per distinct type.
[pscustomobject]@{ a = 1; b = 'x'; c = $null; d = @(1, 2); e = 1.5 } | Get-Member
[pscustomobject]@{ a = 1 }, [pscustomobject]@{ b = 2 } | Get-Member -MemberType NoteProperty
[pscustomobject]@{ a = 1 } | Get-Member -Name a | Format-List
$typed = [pscustomobject]@{
    p = [pscustomobject]@{}; h = @{}; g = [guid]::Empty; b = $true; l = 5L; s = { 1 }
    o = [ordered]@{}; u = [uint32]3; dd = 2.5d; ch = [char]'a'; ar = [int[]](1, 2)
}
$typed | gm -MemberType Properties | Format-Table -Property Name, Definition
[pscustomobject]@{ Zed = 1; alpha = 2 } | gm -Name [a-z]* -Type Method, NoteProperty
# Select-Object's objects are PSCustomObjects too, listed under their Selected.<type> name
[pscustomobject]@{ a = 1; b = 2 } | Select-Object a | Get-Member
[pscustomobject]@{ a = 1; s = "x" } | Select-Object a, s, @{ n = "b"; e = { 2 } }, @{ n = "c"; e = { "t" } } | Get-Member -MemberType NoteProperty
