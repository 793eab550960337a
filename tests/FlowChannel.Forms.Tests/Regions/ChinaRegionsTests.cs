using FlowChannel.Forms.Regions;

namespace FlowChannel.Forms.Tests.Regions;

public class ChinaRegionsTests
{
    private static IEnumerable<Region> All => ChinaRegions.Provinces.SelectMany(p => p.Children.SelectMany(c => c.Children).Concat(p.Children).Prepend(p));

    [Fact]
    public void Counts_are_those_of_the_divisions_of_China()
    {
        var cities = ChinaRegions.Provinces.SelectMany(p => p.Children).ToList();
        var districts = cities.SelectMany(c => c.Children).ToList();

        Assert.Equal(34, ChinaRegions.Provinces.Count);
        Assert.InRange(cities.Count, 301, 400);
        Assert.InRange(districts.Count, 2801, 3300);
        Assert.Equal(34 + cities.Count + districts.Count, ChinaRegions.Count);
    }

    [Fact]
    public void A_known_district_is_found_with_its_city_and_province()
    {
        var nanshan = ChinaRegions.Find("440305")!;

        Assert.Equal(("南山区", RegionLevel.District, "440300"), (nanshan.Name, nanshan.Level, nanshan.ParentCode));
        Assert.Equal(("深圳市", RegionLevel.City, "440000"), (nanshan.Parent!.Name, nanshan.Parent.Level, nanshan.Parent.ParentCode));
        Assert.Equal(("广东省", RegionLevel.Province), (nanshan.Parent.Parent!.Name, nanshan.Parent.Parent.Level));
        Assert.Null(nanshan.Parent.Parent.Parent);
        Assert.Empty(nanshan.Children);
    }

    [Theory]
    [InlineData("110000", "北京市")]
    [InlineData("110100", "北京市")]
    [InlineData("110108", "海淀区")]
    [InlineData("310115", "浦东新区")]
    [InlineData("500200", "县")]
    [InlineData("650000", "新疆维吾尔自治区")]
    [InlineData("429004", "仙桃市")]
    [InlineData("710000", "台湾省")]
    [InlineData("810000", "香港特别行政区")]
    [InlineData("820000", "澳门特别行政区")]
    public void Known_codes_have_their_names(string code, string name) =>
        Assert.Equal(name, ChinaRegions.Find(code)?.Name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("440")]
    [InlineData("4403050")]
    [InlineData("44030a")]
    [InlineData(" 44030")]
    [InlineData("４４０３０５")]
    [InlineData("440399")]
    [InlineData("000000")]
    public void Unknown_or_malformed_codes_are_not_found(string? code)
    {
        Assert.Null(ChinaRegions.Find(code));
        Assert.False(ChinaRegions.TryFind(code, out _));
        Assert.Empty(ChinaRegions.Children(code));
    }

    [Fact]
    public void Children_are_the_regions_one_level_down()
    {
        var guangdong = ChinaRegions.Children("440000");

        Assert.Equal(21, guangdong.Count);
        Assert.Contains(guangdong, c => c.Code == "440300" && c.Name == "深圳市");
        Assert.All(guangdong, c => Assert.Equal((RegionLevel.City, "440000"), (c.Level, c.ParentCode)));
        Assert.Contains(ChinaRegions.Children("440300"), d => d.Code == "440305");
    }

    [Fact]
    public void Hong_Kong_Macau_Taiwan_and_cities_without_districts_have_no_children()
    {
        Assert.Empty(ChinaRegions.Children("810000"));
        Assert.Empty(ChinaRegions.Children("820000"));
        Assert.Empty(ChinaRegions.Children("710000"));
        Assert.Empty(ChinaRegions.Children("441900"));
        Assert.Equal(RegionLevel.City, ChinaRegions.Find("441900")!.Level);
    }

    [Theory]
    [InlineData("440300", "440000", true)]
    [InlineData("440305", "440300", true)]
    [InlineData("440305", "440000", false)]
    [InlineData("440305", "440100", false)]
    [InlineData("440300", "450000", false)]
    [InlineData("440000", "440000", false)]
    [InlineData("440000", null, false)]
    [InlineData("999999", "440000", false)]
    public void IsChildOf_is_true_only_one_level_directly_below(string child, string? parent, bool expected) =>
        Assert.Equal(expected, ChinaRegions.IsChildOf(child, parent));

    [Fact]
    public void Every_region_nests_by_its_code_and_level()
    {
        foreach (var region in All)
        {
            Assert.Matches("^[0-9]{6}$", region.Code);
            Assert.False(string.IsNullOrWhiteSpace(region.Name), region.Code);
            Assert.Same(region, ChinaRegions.Find(region.Code));
            switch (region.Level)
            {
                case RegionLevel.Province:
                    Assert.EndsWith("0000", region.Code, StringComparison.Ordinal);
                    Assert.Null(region.Parent);
                    break;
                case RegionLevel.City:
                    Assert.Equal(region.Code[..2], region.ParentCode![..2]);
                    Assert.Equal(RegionLevel.Province, region.Parent!.Level);
                    break;
                default:
                    Assert.Equal(region.Code[..4], region.ParentCode![..4]);
                    Assert.Equal(RegionLevel.City, region.Parent!.Level);
                    break;
            }
        }
    }

    [Fact]
    public void Look_ups_return_shared_instances_and_allocate_nothing()
    {
        Assert.NotNull(ChinaRegions.Find("440305"));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = ChinaRegions.Find("440305");
            _ = ChinaRegions.IsChildOf("440305", "440300");
            _ = ChinaRegions.Children("440000");
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Data_is_loaded_once_even_when_first_used_from_many_threads()
    {
        var provinces = new IReadOnlyList<Region>[8];
        Parallel.For(0, provinces.Length, i => provinces[i] = ChinaRegions.Provinces);

        Assert.All(provinces, p => Assert.Same(ChinaRegions.Provinces, p));
    }

    [Fact]
    public void The_source_and_its_version_are_named() =>
        Assert.Contains("china-division 2.7.0", ChinaRegions.Source, StringComparison.Ordinal);
}
