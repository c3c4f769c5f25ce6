# A terminating error ends the script before Out-Default has written the table it was still
# sizing: pwsh never writes those rows, or what came after them.
'before the table'
[pscustomobject]@{ Name = 'one'; Size = 1 }
[pscustomobject]@{ Name = 'two'; Size = 2 }
'after the table'
Get-Variable NoSuchVariable -ErrorAction Stop
'never reached'
