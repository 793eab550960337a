using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

public sealed class FormEditorTests
{
    [Fact]
    public void Adding_a_field_gives_it_a_free_key_and_a_bilingual_label_and_the_schema_still_parses()
    {
        var document = DesignerForms.Sample();
        var editor = new FormEditor(document);

        var first = editor.Add(FieldType.Text, SchemaPointer.Root, 1);
        var second = editor.Add(FieldType.Text, SchemaPointer.Root, 99);

        Assert.Equal("/fields/1", first);
        Assert.Equal("/fields/5", second);
        Assert.Equal("text", DesignerForms.KeyAt(document, first!));
        Assert.Equal("text2", DesignerForms.KeyAt(document, second!));
        Assert.Equal("单行文本", PropertyEditor.Text(editor.Document.Root["fields"]![1]!.AsObject(), "label", "zh-CN"));
        Assert.True(DesignerForms.Parses(document));
    }

    [Fact]
    public void A_subform_takes_value_fields_as_columns_but_refuses_layout_and_another_subform()
    {
        var editor = new FormEditor(DesignerForms.Sample());

        Assert.Equal("/fields/2/fields/1", editor.Add(FieldType.Date, "/fields/2/fields", 5));
        Assert.Null(editor.Add(FieldType.Section, "/fields/2/fields", 0));
        Assert.Null(editor.Add(FieldType.Subform, "/fields/2/fields", 0));
        Assert.True(DesignerForms.Parses(editor.Document));
    }

    [Fact]
    public void Moving_down_in_the_same_list_lands_where_it_was_dropped()
    {
        var document = DesignerForms.Sample();
        var editor = new FormEditor(document);

        var moved = editor.Move("/fields/0", SchemaPointer.Root, 2);

        Assert.Equal("/fields/1", moved);
        Assert.Equal(["kind", "name", "lines", "pages"], document.Root["fields"]!.AsArray().Select(f => f!["key"]!.GetValue<string>()));
    }

    [Fact]
    public void Moving_a_field_into_a_tab_that_comes_after_it_follows_the_shifted_pointer()
    {
        var document = DesignerForms.Sample();
        var editor = new FormEditor(document);

        var moved = editor.Move("/fields/0", "/fields/3/tabs/1/fields", 0);

        Assert.Equal("/fields/2/tabs/1/fields/0", moved);
        Assert.Equal("name", DesignerForms.KeyAt(document, moved!));
        Assert.True(DesignerForms.Parses(document));
    }

    [Fact]
    public void A_container_cannot_be_dropped_into_itself()
    {
        var editor = new FormEditor(DesignerForms.Sample());

        Assert.Null(editor.Move("/fields/3", "/fields/3/tabs/0/fields", 0));
        Assert.Equal(0, editor.Document.Revision);
    }

    [Fact]
    public void Duplicating_tabs_gives_the_copy_and_every_field_inside_it_new_keys()
    {
        var document = DesignerForms.Sample();
        var editor = new FormEditor(document);

        var copy = editor.Duplicate("/fields/3");

        Assert.Equal("/fields/4", copy);
        Assert.Equal("pages2", DesignerForms.KeyAt(document, copy!));
        Assert.Equal("amount2", DesignerForms.KeyAt(document, "/fields/4/tabs/0/fields/0"));
        Assert.True(DesignerForms.Parses(document));
    }

    [Fact]
    public void Removing_selects_the_neighbour_and_an_emptied_list_selects_its_container()
    {
        var editor = new FormEditor(DesignerForms.Sample());

        Assert.Equal("/fields/1", editor.Remove("/fields/1"));
        Assert.Equal("/fields/1", editor.Remove("/fields/1/fields/0"));
    }

    [Fact]
    public void Every_edit_is_one_undo_step_and_redo_brings_it_back()
    {
        var document = DesignerForms.Sample();
        var editor = new FormEditor(document);
        var original = document.ToJson();
        editor.Add(FieldType.Number, SchemaPointer.Root, 0);
        editor.MoveBy("/fields/0", 1);
        var after = document.ToJson();

        Assert.True(document.Undo());
        Assert.True(document.Undo());
        Assert.Equal(original, document.ToJson());
        Assert.False(document.Undo());

        Assert.True(document.Redo());
        Assert.True(document.Redo());
        Assert.Equal(after, document.ToJson());
        Assert.False(document.Redo());
    }

    [Fact]
    public void A_new_edit_after_undo_drops_the_redo_steps()
    {
        var document = DesignerForms.Sample();
        var editor = new FormEditor(document);
        editor.Add(FieldType.Number, SchemaPointer.Root, 0);
        document.Undo();

        editor.Add(FieldType.Date, SchemaPointer.Root, 0);

        Assert.False(document.History.CanRedo);
        Assert.Equal("date", DesignerForms.KeyAt(document, "/fields/0"));
    }
}
