# Get-Date: -Date, -Year..-Millisecond, -Format (.NET format strings), -UFormat (Unix specifiers), and how
# a DateTime displays: the long date and time on its own, its string in a table or list.
$d = Get-Date -Date '2020-01-02 03:04:05'
$d
[datetime]'2021-12-31 23:59:58'
Get-Date -Date '2020-01-02 03:04:05' -Format 'yyyy-MM-dd HH:mm:ss'
Get-Date -Date '2020-01-02 15:04:05.123' -Format 'dddd d MMM yy h:m:s tt fff'
Get-Date -Date '2020-01-02 03:04:05' -Format o
Get-Date -Date '2020-01-02 03:04:05' -Format s
Get-Date -Date '2020-01-02 03:04:05' -UFormat '%Y-%m-%d %H:%M:%S'
Get-Date -Date '2020-01-02 03:04:05' -UFormat '%A %B %d %y %j %u'
(Get-Date -Date '2020-01-02').DayOfWeek
(Get-Date -Year 2000 -Month 2 -Day 29 -Hour 0 -Minute 0 -Second 0 -Millisecond 0).ToString('yyyy-MM-dd HH:mm:ss.fff')
$d.AddDays(1).ToString('yyyy-MM-dd')
$d.Year, $d.Month, $d.Day -join ','
[pscustomobject]@{ When = $d }
