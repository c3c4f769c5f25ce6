# Select-Object, Sort-Object and Measure-Object on objects, numbers and strings.
$people = @(
    [pscustomobject]@{ Name = 'Ada'; Age = 36; City = 'London' }
    [pscustomobject]@{ Name = 'Bob'; Age = 17; City = 'Paris' }
    [pscustomobject]@{ Name = 'Cy'; Age = 52; City = 'London' }
    [pscustomobject]@{ Name = 'Di'; Age = 17; City = 'Rome' }
)
$people | Sort-Object Age | Select-Object Name, Age
$people | Sort-Object -Property @{ Expression = 'Age'; Descending = $true }, Name | Select-Object -First 2 -ExpandProperty Name
$people | Select-Object -Property Name, @{ Name = 'Decade'; Expression = { [math]::Floor($_.Age / 10) * 10 } } -Last 2
$people | Select-Object City -Unique
$people | Select-Object -ExcludeProperty City -Skip 3
1..10 | Select-Object -First 3
1..10 | Select-Object -Last 2
1..10 | Select-Object -Skip 8
'b', 'C', 'a' | Sort-Object
'b', 'C', 'a' | Sort-Object -Descending
3, 1, 2, 3, 1 | Sort-Object -Unique
$people | Measure-Object -Property Age -Sum -Average -Maximum -Minimum
1..100 | Measure-Object
(1..100 | Measure-Object -Sum).Sum
'one two', 'three' | Measure-Object -Word -Character -Line
(1..1000000 | Select-Object -First 1)
